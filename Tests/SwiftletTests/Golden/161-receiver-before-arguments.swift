// A method call evaluates its receiver before its arguments; a nil optional chain evaluates none.
func f() -> Int { print("argument evaluated"); return 1 }
var a: [Int]? = nil
a?.append(f())
print("end", a as Any)
class C { var v = 0; func set(_ x: Int) { v = x } }
var c: C? = nil
c?.set(f())
func mk() -> [Int] { print("receiver"); return [1, 2, 3] }
func arg() -> Int { print("arg"); return 2 }
print(mk().contains(arg()))
struct S { var items: [Int] = [] }
var s = S()
s.items.append(s.items.count)
s.items.append(s.items.count)
print(s.items)
