struct Counter {
    var count = 0
    mutating func bump() { count += 1 }
    func twice() { bump(); bump() }
}
var c = Counter()
c.twice()
print(c.count)
// expect-error: 4:20 cannot use mutating member on immutable value: 'self' is immutable
