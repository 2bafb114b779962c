import Foundation
print(pow(2.0, 10))
// expect-error: 2:7 ambiguous use of 'pow': write both as Doubles, such as pow(2.0, 10.0)
