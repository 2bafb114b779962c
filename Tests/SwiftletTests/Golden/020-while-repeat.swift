var i = 0
while i < 3 { print("w", i); i += 1 }
var j = 10
repeat { print("r", j); j += 1 } while j < 12
var k = 100
repeat { k -= 1 } while false
print(k)
