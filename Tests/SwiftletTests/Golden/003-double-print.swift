let a: Double = 1
print(a)
print(0.1 + 0.2)
print(1.0 / 3.0)
print(1e16, 1e-5, 123456789.0)
let x = 1.5
print(x * 2)
print(2 * x)
print(Double(7) / 2)
