func outer(_ n: Int) -> Int {
    func helper(_ k: Int) -> Int { k * n }
    var acc = 0
    for i in 1...3 { acc += helper(i) }
    return acc
}
print(outer(2))
func isEven(_ n: Int) -> Bool { n == 0 ? true : isOdd(n - 1) }
func isOdd(_ n: Int) -> Bool { n == 0 ? false : isEven(n - 1) }
print(isEven(10), isOdd(7))
