import Foundation
// Integer literals to one-argument math become Doubles where Swift has a generic version.
print(sqrt(16), floor(2), round(2), ceil(2))
print(sqrt(2.25), max(1, 5, 3), min(2.5, 1))
