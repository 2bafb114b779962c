// How values print inside other values: Swift's debug forms, not their plain descriptions.
import Foundation
struct P { var x = 1 }
struct N { var p = P(); var r = 0..<2 }
class C { var v = 0 }
print(N(), [P()], P())
print(["k": P()], (P(), 1))
let maybe: P? = P(x: 3)
print(maybe as Any)
print([0..<2], [1...3], 0..<3, 1...3)
print((0..<2, 5))
var z = 0.0
let q = z / z
print(q, [q], -Double.nan, Double.nan, "\(q)")
let f: Float = Float(z / z)
print(f, [f])
print(max(-0.0, 0.0), min(0.0, -0.0), max(1, 3, 3), min(2, 2, 5))
print(max(1.5, Double.nan), max(Double.nan, 1.5), min(Double.nan, 1.5))
debugPrint(1, "a", separator: "-", terminator: "|\n")
debugPrint([1, 2], "b")
print("hello".filter { $0 != "l" }, "hello".filter { $0 == "z" }.isEmpty)
let scores = ["a": 1, "b": 2, "c": 3].filter { $0.value >= 2 }
print(scores.count, scores["b"] as Any, scores["a"] as Any)
let chars: [Character] = ["x", "y"]
print(String(chars), String(Array("abc").reversed()), String("cba".sorted()))
print(String(format: "%d %x %5d|%-4d|%ld|%lx", 3_000_000_000, -1, 42, 7, 3_000_000_000, -1))
print(String(format: "%03d %o %X", -5, 8, 255))
