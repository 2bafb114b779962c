func run(_ done: () -> Void) {
    return done()
}
run { print("done") }
struct S {
    var n = 0
    mutating func reset() { return n = 0 }
}
var s = S(n: 3); s.reset(); print(s.n)
