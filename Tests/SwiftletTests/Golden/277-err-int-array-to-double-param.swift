func mean(_ xs: [Double]) -> Double {
    return xs.reduce(0, +) / Double(xs.count)
}
let counts = [1, 2, 4]
print(mean(counts))
// expect-error: 5:12 cannot convert value of type '[Int]' to expected argument type '[Double]'
