func square(_ x: Int) -> Int { x * x }
var acc = 3
for _ in 0..<10 {
    acc = square(acc)
}
// expect-error: 1:34 arithmetic overflow
