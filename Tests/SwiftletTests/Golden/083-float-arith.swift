let a: Float = 0.1
let b: Float = 0.2
print(a + b)
let c = a * 3
print(c)
print(Float(1) / Float(3))
var s: Float = 0
for _ in 0..<10 { s += 0.1 }
print(s)
