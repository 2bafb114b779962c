func g() -> Int { print("g ran"); return 2 }
async let x = g()
print("hi")
// expect-error: 2:1 'async let' is not supported in lessons
