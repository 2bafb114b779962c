let i = 7
let d = Double(i) / 2
print(d)
let f = Float(d)
print(f)
print(Int(d), String(i) + "!", String(2.5))
print(Int("12")! + 1)
print(Double("2.5")!)
