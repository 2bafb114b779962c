// Overloads chosen by argument type, a computed property's setter called without its getter,
// and memberwise defaults evaluated only for properties the call leaves out.
func d(_ x: Int) -> String { "int" }
func d(_ x: String) -> String { "str" }
func d(_ x: Double) -> String { "dbl" }
let s = "s", n = 3, r = 2.5
print(d("s"), d(1), d(1.5), d(s), d(n), d(r))
func e(_ x: Double) -> String { "dbl" }
func e(_ x: Int) -> String { "int" }
print(e(2), e(2.0))
func scale(_ v: Double, by k: Int) -> Double { v * Double(k) }
func scale(_ v: Int, by k: Int) -> Int { v * k }
print(scale(2, by: 3), scale(2.5, by: 2))
struct S {
    var raw = 0
    var v: Int {
        get { print("get"); return raw }
        set { print("set \(newValue)"); raw = newValue }
    }
}
var st = S()
st.v = 1
st.v += 1
print(st.raw)
class K {
    var raw = 0
    var v: Int {
        get { print("kget"); return raw }
        set { print("kset \(newValue)"); raw = newValue }
    }
}
let k = K()
k.v = 5
print(k.raw)
func mk() -> Int { print("default evaluated"); return 1 }
struct Cfg { var v = mk(); var w = 2 }
print(Cfg(v: 5).v)
print(Cfg().v)
print(Cfg(v: 7, w: 8).w)
