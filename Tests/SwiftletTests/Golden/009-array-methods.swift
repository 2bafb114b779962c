let a = [5, 3, 8, 1]
print(a.sorted(), Array(a.reversed()), a.sorted(by: >))
print(a.map { $0 * 2 })
print(a.filter { $0 % 2 == 1 })
print(a.reduce(0, +), a.reduce(1) { $0 * $1 })
print(a.min()!, a.max()!)
for (i, v) in a.enumerated() { print(i, v) }
print(Array(a.prefix(2)), a.firstIndex(of: 8)!)
