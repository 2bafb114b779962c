import Foundation
let k = 3
print(exp(k))
// expect-error: 3:7 exp needs a Double or Float argument
