// Second differential round: overloads chosen by the types of calls' results, Int literals
// joined with Doubles inside nested literals, concatenations and method arguments, optional
// elements, and switches over Bool tuples that are exhaustive without default.
func f(_ a: Int) -> String { "int \(a)" }
func f(_ a: String) -> String { "str \(a)" }
func f(_ a: Double) -> String { "double \(a)" }
func gs() -> String { "s" }
func gd() -> Double { 2.5 }
struct V { var y = 1.5; static func mk() -> V { V() } }
print(f(gs()), f(gd()), f(V.mk().y), f(gd() + 1), f(-gd()), f([1, 2].count))
var m = [4.5]
m = m + [1]
print(m, [1, 2] + [4.5])
let a = [1, 2].map { Double($0) }
print(a.reduce(0, +), a.reduce(0) { $0 + $1 })
let fl: ([Double]) -> [Double] = { $0 }
print(fl([1]))
var d: [String: [Double]] = [:]
d["a"] = [1]
print(d)
let n = [[1, 2], [3.5]]
let dd = ["a": 1, "b": 2.5]
let c = true
let v = c ? [1] : [2.5]
print(n, dd["a"]!, v)
var doubles: [Double] = []
doubles.append(0)
var grown = [1.5]
grown.append(2)
grown.insert(3, at: 0)
print(doubles, grown, grown.contains(2), grown.firstIndex(of: 2) as Any)
var arr = [Int?]()
arr.append(3)
print(arr)
func bools(_ t: (Bool, Bool)) -> Int {
    switch t {
    case (true, _): return 1
    case (false, _): return 2
    }
}
func three(_ t: (Bool, Bool)) -> Int {
    switch t {
    case (true, true): return 1
    case (false, false): return 2
    case (true, false), (false, true): return 3
    }
}
print(bools((false, true)), three((true, false)), three((false, false)))
