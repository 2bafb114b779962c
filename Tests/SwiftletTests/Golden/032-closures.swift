let square = { (x: Int) -> Int in x * x }
print(square(7))
let add: (Int, Int) -> Int = { $0 + $1 }
print(add(2, 3))
func apply(_ f: (Int) -> Int, to x: Int) -> Int { f(x) }
print(apply({ $0 + 10 }, to: 5))
let r = [1, 2, 3].map { x in x * 3 }
print(r)
func twice(_ f: () -> Void) { f(); f() }
twice { print("hi") }
