func f(_ v: Double) -> Double { v }
print(f(max(1, 2)), f(abs(-2)))
func g() -> Double { return min(3, 4) }
print(g())
