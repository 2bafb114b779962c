var i = 0
while true {
    i += 1
}
// expect-error: 2:1 time limit of 2 s exceeded
