let lo = 5
let r = lo..<2
print(r)
// expect-error: 2:11 Range requires lowerBound <= upperBound
