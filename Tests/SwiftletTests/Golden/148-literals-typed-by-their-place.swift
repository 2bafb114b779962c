// Integer literals take the Double type their place gives them: a typed closure's parameters
// and result, a neighbour in an array literal or a ternary, the left side of `+=`.
let half: (Double) -> Double = { $0 / 2 }
print(half(3))
let f: (Double) -> Double = { x in x / 2 }
print(f(3))
let g: () -> Double = { 7 }
print(g() / 2, g())
let h: (Double, Double) -> Double = { a, b in a / b }
print(h(1, 4))
func apply(_ fn: (Double) -> Double, to v: Double) -> Double { fn(v) }
print(apply({ $0 / 4 }, to: 1))
print(apply({ x in x / 8 }, to: 1))
let k: (Int, Double) -> Double = { a, b in Double(a) + b }
print(k(1, 2))
let x = 2.5
let b = [1, x]
print(b, b[0] / 2, b.reduce(0, +), [1, x].max()!)
let c = [x, 1]
print(c)
let t = true ? 1 : 2.5
let u = false ? x : 3
print(t, u, t / 2)
let m = [1, 2].map { (v: Int) -> Double in 5 }
print(m)
let ops: [(Double) -> Double] = [{ $0 / 2 }, { $0 * 3 }]
print(ops.map { $0(5) })
struct S { var scale: (Double) -> Double }
let s = S(scale: { $0 / 2 })
print(s.scale(1))
var list: [Double] = []
list += [2]
list += [1, 3]
print(list)
var pair: (Double, Double) = (0, 0)
pair.0 = 1
pair.1 += 2
print(pair)
var e = 1.5
e += 1
print(e)
