struct C {
    var n = 0
    mutating func inc() { n += 1 }
}
let c = C()
c.inc()
// expect-error: 6:1 cannot use mutating member 'inc'
