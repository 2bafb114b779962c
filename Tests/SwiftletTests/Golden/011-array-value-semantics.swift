var a = [1, 2, 3]
var b = a
b[0] = 100
print(a, b)
func change(_ x: [Int]) -> [Int] { var y = x; y.append(9); return y }
print(change(a), a)
