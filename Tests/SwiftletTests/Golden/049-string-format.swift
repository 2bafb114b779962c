import Foundation
print(String(format: "%d", 42))
print(String(format: "%.3f", 3.14159))
print(String(format: "%f", 2.5))
print(String(format: "%e", 12345.678))
print(String(format: "%@ has %d items", "cart", 3))
print(String(format: "%5.2f|%-4d|", 3.14159, 7))
