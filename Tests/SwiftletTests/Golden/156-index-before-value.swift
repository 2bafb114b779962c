// An assignment through a subscript evaluates the index (or key) before the value, as Swift does.
var a = [1, 2, 3]
var i = 0
func g() -> Int { i = 2; return 10 }
a[i] = g()
print(a)
var d: [Int: Int] = [:]
var n = 10
func tick() -> Int { n += 1; return n }
d[tick()] = tick()
print(d)
