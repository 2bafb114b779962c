import Foundation
print(String(format: "%@", 5))
// expect-error: 2:7 %@ needs a String argument, got Int
