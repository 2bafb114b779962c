var a = [3, 1, 2]
print(a, a.count, a.isEmpty)
a.append(5)
a += [7]
print(a, a[0], a.first!, a.last!)
a[1] = 10
print(a)
print(a.indices)
print(a.contains(10), a.contains(4))
let e: [Int] = []
print(e, e.isEmpty, e.first as Any)
