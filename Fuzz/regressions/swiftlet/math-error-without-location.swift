import Foundation
print(sqrt(16.0), pow(2.0, 10.0), exp(0.0), log(1.0))
print(sin(0), Float(2.5))
print((2.0).squareRoot(), (7.5).rounded(), floor(2.7), ceil(2.1))
print(max(1, 5, 3))
