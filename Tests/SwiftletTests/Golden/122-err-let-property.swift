struct P {
    let x = 1
}
var p = P()
p.x = 2
// expect-error: 5:1 'x' is a 'let' constant
