var keep: [() -> Int] = []
func make(_ n: Int) -> () -> Int {
    func one() -> Int { n }
    func two() -> Int { one() + 1 }
    if n % 2 == 0 { keep.append(two) }
    for i in 0..<2 { keep.append({ one() + i }) }
    return two
}
var total = 0
for k in 0..<50 {
    let f = make(k)
    let g = { f() * 2 }
    total += g()
}
struct Acc {
    var items: [Int] = []
    mutating func add(_ x: Int) { func twice() -> Int { x * 2 }; items.append(twice()) }
}
var a = Acc()
var n = 0
repeat { let h = { n }; a.add(h()); n += 1 } while n < 5
while n < 9 { let h = { n }; a.add(h()); n += 1 }
print(a.items, total, keep.map { $0() }.reduce(0, +))
