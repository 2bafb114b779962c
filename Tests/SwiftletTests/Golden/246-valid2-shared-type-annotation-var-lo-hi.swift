func minMax(_ a: [Int]) -> (Int, Int) {
    var lo, hi: Int
    lo = a[0]
    hi = a[0]
    for x in a {
        if x < lo { lo = x }
        if x > hi { hi = x }
    }
    return (lo, hi)
}
print(minMax([3, 7, 1]))
let w, h: Double
w = 2
h = 3.5
print(w * h)
