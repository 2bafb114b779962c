var level: UInt8 = 250
for _ in 0..<10 { level += 1 }
print(level)
// expect-error: 1:12 fixed-width integer types ('UInt8') are not supported in lessons; use Int
