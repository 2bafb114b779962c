let r = 0..<5
print(r, r.count, r.lowerBound, r.upperBound)
let c = 1...3
print(c, c.contains(3), r.contains(5))
print(Array(0..<4))
for i in (1...3).reversed() { print(i) }
let a = [10, 20, 30, 40]
print(a[1..<3], a[1...], a[..<2])
