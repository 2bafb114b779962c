// Valid Swift that was once rejected: a class instance's property set through a 'let' that
// holds it, catch-all switch cases without 'default', an optional chain compared with a literal.
class C { var v = 0 }
struct Holder { let c = C() }
let cs = [C()]
cs[0].v = 7
let h = Holder()
h.c.v = 3
let d = ["k": C()]
d["k"]!.v = 4
let t = (C(), 1)
t.0.v = 5
print(cs[0].v, h.c.v, d["k"]!.v, t.0.v)
func kind(_ n: Int) -> String {
    switch n {
    case 0: return "zero"
    case let m where m < 0: return "negative"
    case let m: return "positive \(m)"
    }
}
print(kind(0), kind(-2), kind(5))
func both(_ p: (Int, Int)) -> String {
    switch p {
    case (0, 0): return "origin"
    case let (x, y): return "\(x),\(y)"
    }
}
func any(_ s: String) -> Int {
    switch s {
    case "a": return 1
    case _: return 0
    }
}
print(both((0, 0)), both((1, 2)), any("a"), any("b"))
struct I { var x = 1 }
let i: I? = I()
let none: I? = nil
print(i?.x == 1, none?.x == 1, i?.x == nil, none?.x == nil)
let dd = ["a": [1, 2]]
print(dd["a"]?.count == 2, (dd["b"]?.count ?? 0) + 1)
