let a: [Int] = []
let d: [String: Int] = [:]
print(a, d, a.count, d.count)
var b = [String]()
b.append("x")
print(b)
