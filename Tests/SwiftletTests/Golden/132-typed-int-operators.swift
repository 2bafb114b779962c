// Int-typed operands take the interpreter's unboxed path; results must match Swift's.
func mix(_ a: Int, _ b: Int) -> [Int] {
    [a + b, a - b, a * b, a / b, a % b, a & b, a | b, a ^ b, a << 2, a >> 1, a &+ b, a &- b, a &* b]
}
print(mix(17, 5))
print(mix(-17, 5))
print(mix(17, -5))
var total = 0
for i in 0..<1000 where i % 3 == 0 {
    total += i * i % 7 - (i / 11)
}
print(total)
let big = Int.max
print(big &+ 1 == Int.min, big &* 2)
var flags: [Bool] = []
for (x, y) in [(1, 2), (2, 2), (3, 2)] {
    flags.append(x < y)
    flags.append(x <= y)
    flags.append(x > y)
    flags.append(x >= y)
    flags.append(x == y)
    flags.append(x != y)
}
print(flags)
struct Counter { var n = 0; mutating func bump(by k: Int) { n += k * 2 - 1 } }
var c = Counter()
for k in 1...5 { c.bump(by: k) }
print(c.n)
