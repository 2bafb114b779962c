for i in 0..<10 where i % 3 == 0 { print(i) }
let pairs = [(1, "a"), (2, "b")]
for (n, s) in pairs { print(n, s) }
for _ in 0..<2 { print("x") }
var total = 0
for i in 1...100 { total += i }
print(total)
