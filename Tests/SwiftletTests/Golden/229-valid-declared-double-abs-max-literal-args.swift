let d: Double = abs(-3)
let e: Double = max(1, 2)
print(d, e)
func f(_ v: Double) -> Double { v }
print(f(max(1, 2)), f(abs(-2)))
