print(Float(0.1))
let f: Float = 1
print(f)
let g: Float = 0.1 + 0.2
print(g)
print(Float(1) / 3)
print([Float(0.5), 1.25])
