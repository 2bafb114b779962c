import Foundation
let side = 16
let area = side * side
print(sqrt(area))
// expect-error: 4:12 cannot convert value of type 'Int' to expected argument type 'Double'
