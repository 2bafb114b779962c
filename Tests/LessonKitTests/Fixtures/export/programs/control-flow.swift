func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
print((0..<10).map(fib))
func swapped(_ a: inout Int, _ b: inout Int) { let t = a; a = b; b = t }
var a = 1, b = 2
swapped(&a, &b)
print(a, b)
var i = 0
while i < 3 { i += 1 }
repeat { i -= 2 } while i > 0
print(i)
func classify(_ n: Int) -> String {
    guard n >= 0 else { return "negative" }
    if n == 0 { return "zero" } else if n % 2 == 0 { return "even" }
    return "odd"
}
print([-1, 0, 3, 4].map(classify))
var total = 0
let add = { (x: Int) in total += x }
add(3); add(4)
print(total)
func makeCounter() -> () -> Int { var c = 0; return { c += 1; return c } }
let next = makeCounter()
print(next(), next(), next())
for x in stride(from: 10, through: 0, by: -5) { print(x, terminator: " ") }
print("")
outer: for x in 0..<3 { for y in 0..<3 { if y == 2 { continue outer }; if x == 2 { break outer }; print(x, y) } }
switch 7 { case 0..<5: print("small"); case 5...: print("big"); default: print("?") }
let pair = (3, "three")
switch pair { case (let n, "three") where n > 2: print("matched", n); default: print("no") }
var arr = [5, 3, 8]
arr.append(1); arr.insert(0, at: 0); arr.remove(at: 1); arr.sort()
print(arr, arr.first!, arr.last as Any, arr.count, arr.isEmpty, arr.firstIndex(of: 8) as Any)
print(arr.min()!, arr.max()!, Array(arr.reversed()), Array(arr[1...2]), arr.filter { $0 > 2 }.count)
let text = "a,b,,c"
print(text.split(separator: ","))
print(Int("42") as Any, Int("x") as Any, Double("2.5") as Any, String(42), String(2.5), "\(Float(0.1))")
print(abs(-3), abs(-2.5), (2.0).squareRoot(), pow(2.0, 10.0), Int(3.9), Int(-3.9), Double(Int.max), (7.0).truncatingRemainder(dividingBy: 2))
print(round(2.5), floor(-1.5), ceil(1.2), 10.0 / 3, Float(10) / 3, 1e-4, 0.0001, 100.0, 1e15, 1e16, 123456.789)
let nested = [[1, 2], [3]]
print(nested, nested.flatMap { $0 }, nested.map { $0.count }, [String](), Array(repeating: 0.5, count: 2))
var dict = ["k": 1]
dict["k", default: 0] += 1
dict["z"] = nil
print(dict, dict.count, dict.keys.sorted(), Array(dict.values))
let opt: String? = nil
if let o = opt { print(o) } else { print("none") }
print(opt?.count as Any, opt ?? "default")
