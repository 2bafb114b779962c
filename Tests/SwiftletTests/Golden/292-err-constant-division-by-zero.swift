print("start")
let b = 10 / 0
// expect-error: 2:12 division by zero
