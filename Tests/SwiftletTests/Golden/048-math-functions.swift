import Foundation
print(sqrt(16.0), pow(2.0, 10.0), exp(0.0), log(1.0))
print(sin(0.0), cos(0.0))
print(abs(-3), abs(-2.5), min(3, 7), max(3, 7), min(2.5, 1.0))
print(Int(3.9), Int(-3.9), Double(3), Float(2.5))
print((2.0).squareRoot(), (7.5).rounded(), floor(2.7), ceil(2.1))
print(max(1, 5, 3))
