// Third differential round: conversions of literal arithmetic, labelled tuple types on
// variables, properties and optional results, count(where:), min(by:) and max(by:).
print(Double(5 / 2), Double(7 / 2 * 2), Double(1 / 3), Float(5 / 2), "\(Double(9 / 2))", Double(10 / 4) + 0.5, Double(5), Double(-3))
let t: (x: Int, y: Int) = (3, 4)
print(t, t.x, t.y)
var u: (w: Int, h: Int) = (1, 2)
u.w = 9
print(u)
struct S {
    var size: (w: Int, h: Int) { (5, 6) }
    var p: (x: Int, y: Int) = (1, 2)
}
print(S().size, S().size.w, S().p, S().p.y)
func f() -> (lo: Int, hi: Int)? { return (1, 2) }
if let s = f() { print(s, s.lo) }
print([1, 5, 2, 8, 3].count(where: { $0 > 2 }), [1, 5, 2].count { $0 > 1 })
let pairs = [(1, "b"), (0, "a")]
print(pairs.min(by: { $0.0 < $1.0 })!, pairs.max { $0.0 < $1.0 }!)
