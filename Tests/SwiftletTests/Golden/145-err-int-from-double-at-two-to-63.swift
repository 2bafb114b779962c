print("before")
let d = Double(Int.max)
print(Int(d))
// expect-error: 3:7 cannot be converted to Int
