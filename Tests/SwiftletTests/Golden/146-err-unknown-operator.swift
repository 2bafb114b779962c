let x = 1
print(x)
let y = x <=> 2
// expect-error: 3:11 unknown infix operator '<=>'
