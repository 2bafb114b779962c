// A floating literal beside a Float is a Float, also where the lowerer cannot see the Float
// (closure parameters, loop variables): arithmetic, comparisons, firstIndex(of:).
let l1: [Float] = [0.9, 0.7]
print(l1.map { $0 * 0.1 }, l1.map { x in x - 0.5 }, l1.filter { $0 > 0.8 }.count)
for (i, l) in l1.enumerated() { print(i, l < 0.8, 1.5 * l) }
print(l1.firstIndex(of: 0.7) as Any, l1.firstIndex(of: 0.5) as Any, l1.contains(0.9))
let mean: (([Float]) -> Float) = { $0.reduce(0, +) / Float($0.count) }
let m1 = mean(l1)
print(m1 > 0.75, m1 + 0.25, m1 * 100)
var f: Float = 2
f *= 0.5
f += 1
print(f)
