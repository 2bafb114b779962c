print(Int(2.5), Int(-2.5), Int(Float(7.9)))
print(7 / -2, 7 % -2, -7 / 2)
print(Double(Int.max))
