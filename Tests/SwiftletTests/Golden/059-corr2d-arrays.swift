func corr2d(_ x: [[Double]], _ k: [[Double]]) -> [[Double]] {
    let h = k.count, w = k[0].count
    var y = Array(repeating: Array(repeating: 0.0, count: x[0].count - w + 1), count: x.count - h + 1)
    for i in 0..<y.count {
        for j in 0..<y[0].count {
            var s = 0.0
            for a in 0..<h { for b in 0..<w { s += x[i + a][j + b] * k[a][b] } }
            y[i][j] = s
        }
    }
    return y
}
let x: [[Double]] = [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
let k: [[Double]] = [[0, 1], [2, 3]]
print(corr2d(x, k))
