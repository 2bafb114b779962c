let d = Double.infinity
print(Int(d))
// expect-error: 2:7 cannot be converted to Int
