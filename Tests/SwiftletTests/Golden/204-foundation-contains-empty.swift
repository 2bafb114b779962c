import Foundation
print("abc".contains(""), "".contains(""))
