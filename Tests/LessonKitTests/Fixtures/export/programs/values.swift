struct Point { var x: Double; var y: Double
    func norm() -> Double { (x * x + y * y).squareRoot() }
    mutating func shift(_ d: Double) { x += d }
}
var p = Point(x: 3, y: 4)
print(p, p.norm())
p.shift(1)
print(p)
final class Counter { var n = 0; func tick() -> Int { n += 1; return n } }
let c = Counter()
_ = c.tick()
print(c.tick(), c)
let t = (1, "a", 2.5)
print(t, (x: 1, y: 2))
let d: [String: Int] = ["a": 1]
print(d, d["a"] as Any, d["b"] as Any, [Int]())
let o: Int? = 5
print(o as Any, o ?? 0)
var s = "héllo"
s += " wörld"
print(s.count, s.uppercased(), s.hasPrefix("hé"), Array(s.prefix(3)))
print(1.0 / 3, Float(1) / 3, 2e-7, 123456789.0, 1e22, -0.0, Double.infinity)
print(Int.max, 5 % -3, (-5) / 2, 1 << 4, 0xff, 7 & 3)
for (i, v) in ["x", "y"].enumerated() { print(i, v, terminator: ";") }
print()
debugPrint("q", 1.5, [1: "a"])
print(stride(from: 0, to: 1, by: 0.25).map { $0 })
print([3, 1, 2].sorted(), [3, 1, 2].sorted(by: >), [1, 2, 3].contains(2), zip([1, 2], ["a", "b"]).map { "\($0)\($1)" })
let words = ["b", "a"]
print(words.joined(separator: "-"), String(repeating: "ab", count: 2), "\(1 + 1)x", String(format: "%05.1f %@", 3.14159, "s"))
