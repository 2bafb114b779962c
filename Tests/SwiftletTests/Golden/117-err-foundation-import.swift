print(sqrt(4.0))
// expect-error: 1:7 needs 'import Foundation'
