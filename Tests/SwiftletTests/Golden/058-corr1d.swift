func corr1d(_ x: [Double], _ k: [Double]) -> [Double] {
    var out: [Double] = []
    for i in 0...(x.count - k.count) {
        var s = 0.0
        for j in 0..<k.count { s += x[i + j] * k[j] }
        out.append(s)
    }
    return out
}
print(corr1d([1, 2, 3, 4, 5], [1, -1]))
