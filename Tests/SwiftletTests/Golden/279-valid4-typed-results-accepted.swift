func half(_ n: Int) -> Double { Double(n) / 2 }
let xs: [Double] = [1, 2]
let ys = xs + [3]
let c = true
print(half(3), ys, xs.map { $0 * 2 })
func sign(_ n: Int) -> String {
    if n > 0 { return "+" } else if n < 0 { return "-" } else { return "0" }
}
print(sign(-2))
let opt: Double? = nil
print(opt ?? 1, opt ?? 2.5)
var names: [String?] = ["a", nil]
names.append("c")
print(names)
