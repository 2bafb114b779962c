import Foundation
let x = 2.7
print(x.rounded(.down), x.rounded(.up), (-2.5).rounded(.towardZero), (-2.5).rounded(.awayFromZero))
print((2.5).rounded(.toNearestOrEven), (2.5).rounded(.toNearestOrAwayFromZero), x.rounded())
let f: Float = 1.25
print(f.rounded(.down), (f * 10).rounded(.toNearestOrEven) / 10)
var total = 0.0
for v in [1.4, 2.6] { total += v.rounded(.down) }
print(total)
