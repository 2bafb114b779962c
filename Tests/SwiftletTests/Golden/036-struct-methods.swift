struct Counter {
    var count = 0
    mutating func increment(by n: Int = 1) { count += n }
    func doubled() -> Int { count * 2 }
}
var c = Counter()
c.increment()
c.increment(by: 5)
print(c.count, c.doubled(), c)
