let a = 3
let b = 2.0
print(Double(a) * b)
var s = 0.0
for i in 0..<4 { s += Double(i) }
print(s)
var t: Double = 0
t += 1
print(t)
let avg = Double(10) / 4
print(avg)
let c: [Double] = [1, 2, 3]
print(c)
