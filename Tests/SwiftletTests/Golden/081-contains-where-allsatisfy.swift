let xs = [2, 4, 6]
print(xs.contains { $0 > 5 }, xs.allSatisfy { $0 % 2 == 0 })
print(xs.first { $0 > 3 } as Any)
print(xs.compactMap { $0 > 2 ? $0 : nil })
