let xs: [Double] = [1, 2, 3]
let n = Double(xs.count)
let sq = xs.map { $0 * $0 }
print(sq.reduce(0, +) / n)
