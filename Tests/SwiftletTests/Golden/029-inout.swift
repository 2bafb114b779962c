func double(_ x: inout Int) { x *= 2 }
var v = 5
double(&v)
print(v)
func swapValues(_ a: inout Int, _ b: inout Int) { let t = a; a = b; b = t }
var p = 1, q = 2
swapValues(&p, &q)
print(p, q)
var arr = [1, 2, 3]
double(&arr[1])
print(arr)
