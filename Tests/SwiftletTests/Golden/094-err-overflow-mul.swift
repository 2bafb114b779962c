var p = 1
for _ in 0..<100 {
    p *= 10
}
// expect-error: 3:7 arithmetic overflow
