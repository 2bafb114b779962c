let n = 1
if n > 0 {
    break
}
// expect-error: 3:5 'break' is only allowed inside a loop
