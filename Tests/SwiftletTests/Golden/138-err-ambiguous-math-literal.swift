import Foundation
print(sqrt(16))
print(sin(0))
// expect-error: 3:7 ambiguous use of 'sin'
