func describe(_ n: Int) -> String {
    switch n {
    case 0: return "zero"
    case 1, 2, 3: return "small"
    case 4..<10: return "medium"
    case 10...99: return "large"
    default: return "huge"
    }
}
for n in [0, 2, 5, 10, 100] { print(describe(n)) }
