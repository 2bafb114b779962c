// A value stored where the declared type is optional prints as Optional(...): function and
// closure results, property defaults, assignments.
func f() -> Int? { return 7 }
func g() -> Int? { 8 }
func h(_ n: Int) -> String? { n > 0 ? "pos" : nil }
print(f() as Any, g() as Any, h(1) as Any, h(0) as Any)
print("\(f() as Any)")
struct S { var v: Int? = 2; var w: Int? }
print(S().v as Any, S().w as Any, S(v: 3, w: 4).v as Any)
var s = S()
s.v = f()
print(s.v as Any)
let c: () -> Int? = { 5 }
print(c() as Any)
let d: Int? = f()
print(d as Any, (d ?? 0) + 1)
if let x = f() { print(x) }
let arr: [Int?] = [1, nil, 3]
print(arr)
class K { var name: String? = "k"; func get() -> String? { name } }
print(K().get() as Any, K().name as Any)
