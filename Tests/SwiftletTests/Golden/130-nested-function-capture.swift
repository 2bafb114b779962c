func makeAccumulator(start: Int) -> (Int) -> Int {
    var total = start
    func add(_ x: Int) -> Int {
        total += x
        return total
    }
    return add
}
let acc = makeAccumulator(start: 100)
print(acc(1), acc(10), acc(100))
