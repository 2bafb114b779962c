let c = true
print(c ? "big" : 0)
print([1, 2] + ["x"])
let x: Int? = 5
print(x ?? "none")
func half(_ n: Int) -> Double { Double(n) / 2 }
print(half(3), c ? 1 : 2.5)
print(c ? 1 : 2.5)
