import Foundation
let a: Double = 1
print(a)
print(0.1 + 0.2, Float(0.1))
var xs = [1, 2, 3]
xs.append(4)
print(xs, xs.count, ["a"])
let t = (1, 2)
print(t)
var o: Int? = 3
print(o)
print(o!, o ?? 0)
func fact(_ n: Int) -> Int { n <= 1 ? 1 : n * fact(n - 1) }
print(fact(10))
struct P { var x: Int; var y = 2
  mutating func bump() { x += 1 } }
var p = P(x: 1)
var q = p
p.bump()
print(p, q)
class C { var v = 0; func inc() { v += 1 } }
let c = C(); let d = c; d.inc(); print(c.v)
for i in stride(from: 0, to: 10, by: 3) { print(i, terminator: " ") }
print()
let s = xs.map { $0 * 2 }.filter { $0 > 2 }.reduce(0, +)
print("s = \(s)")
switch 5 { case 0..<3: print("low") case 3...6: print("mid") default: print("hi") }
func makeCounter() -> () -> Int { var c = 0; return { c += 1; return c } }
let ctr = makeCounter(); _ = ctr(); print(ctr())
print(String(format: "%d %.3f %e %@", 3, 3.14159, 12345.678, "hi"))
