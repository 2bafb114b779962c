// The literal -9223372036854775808, and ranges answering contains from their bounds.
let m = -9223372036854775808
print(m, m == Int.min)
print((0..<100_000_000).contains(5), (0..<10).contains(10), (0...10).contains(10), ((Int.max - 1)...Int.max).contains(Int.max))
let r = 3..<7
print(r.contains(2), r.contains(3), r.count, r.lowerBound, r.upperBound)
