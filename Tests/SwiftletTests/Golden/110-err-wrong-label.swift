struct P { var x: Int }
let p = P(y: 1)
// expect-error: 2:9 missing argument for parameter 'x'
