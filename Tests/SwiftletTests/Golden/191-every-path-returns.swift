func sign(_ n: Int) -> Int {
    if n > 0 { return 1 } else if n < 0 { return -1 } else { return 0 }
}
func firstEven(_ xs: [Int]) -> Int {
    var i = 0
    while true {
        if xs[i] % 2 == 0 { return xs[i] }
        switch xs[i] { case 1: break; default: i += 0 }
        i += 1
    }
}
func describe(_ n: Int) -> String {
    switch n {
    case 0: return "zero"
    case 1...9: return "small"
    default: fatalError("too big")
    }
}
func search(_ grid: [[Int]]) -> Int {
    outer: while true {
        for row in grid { for v in row where v > 2 { return v } }
        repeat { return -1 } while false
    }
}
func check(_ xs: [Int]) -> String {
    for x in xs {
        guard x >= 0 else { continue }
        guard x < 10 else { break }
        print(x)
    }
    guard let first = xs.first else { return "empty" }
    return "first \(first)"
}
struct Temperature {
    var celsius: Double
    var label: String {
        if celsius < 0 { return "freezing" }
        return "above"
    }
}
let double = { (x: Int) -> Int in
    if x > 0 { return x * 2 }
    return 0
}
print(sign(5), sign(-2), sign(0), firstEven([1, 3, 4]), describe(3), search([[1], [5]]), check([1, 20, 3]), check([]))
print(Temperature(celsius: -3).label, double(4))
