let x: Int? = nil
let y = x!
print(y)
// expect-error: 2:9 unexpectedly found nil
