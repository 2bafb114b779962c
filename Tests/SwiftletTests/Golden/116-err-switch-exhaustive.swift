let n = 3
switch n {
case 1: print(1)
}
// expect-error: 2:1 switch must be exhaustive
