import Foundation
let k = 3
print("never printed: a compile-time error stops the whole cell")
print(exp(k))
// expect-error: 4:7 no exact matches in call to global function 'exp'
