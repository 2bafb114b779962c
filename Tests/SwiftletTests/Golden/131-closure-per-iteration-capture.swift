var fs: [() -> Int] = []
for i in 0..<3 { fs.append { i * 10 } }
print(fs.map { $0() })
func firstBig(_ xs: [Int]) -> Int {
    var seen = 0
    for x in xs {
        let check = { x > 5 }
        seen += 1
        if check() { return x * 100 + seen }
    }
    return -1
}
print(firstBig([1, 7, 9]))
struct S {
    var k = 3
    func scaled(_ xs: [Int]) -> [Int] {
        var out: [Int] = []
        for x in xs { let f = { x * self.k }; out.append(f()) }
        return out
    }
}
print(S().scaled([1, 2]))
