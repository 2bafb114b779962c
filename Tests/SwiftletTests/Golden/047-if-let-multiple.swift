let a: Int? = 1
let b: Int? = 2
if let a, let b { print(a + b) }
if let x = a, x > 0, let y = b { print(x, y) }
func first(_ xs: [Int]) -> Int? { xs.first }
guard let f = first([9]) else { fatalError() }
print(f)
