let t = (1, "two", 3.0)
print(t)
print(t.0, t.1, t.2)
let p = (x: 3, y: 4)
print(p, p.x + p.y)
let (a, b) = (5, 6)
print(a, b)
var q = (1, 2)
q.0 = 10
print(q)
func minMax(_ xs: [Int]) -> (min: Int, max: Int) { (xs.min()!, xs.max()!) }
let r = minMax([3, 9, 1])
print(r.min, r.max, r)
