var s = 0
for i in 0..<1000 { s += i * i % 7 }
print(s)
var p = 1
var n = 0
while p < 1_000_000 { p *= 3; n += 1 }
print(p, n)
