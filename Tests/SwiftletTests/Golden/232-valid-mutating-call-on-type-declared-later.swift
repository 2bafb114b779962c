print("start")
func work() -> Int {
    var c = Counter()
    c.bump()
    return c.n
}
print(work())
struct Counter {
    var n = 0
    mutating func bump() { n += 1 }
}
