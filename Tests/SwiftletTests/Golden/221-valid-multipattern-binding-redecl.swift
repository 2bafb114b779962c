func describe(_ p: (Int, Int)) -> String {
    switch p {
    case (let a, 0), (0, let a):
        return "axis \(a)"
    default:
        return "none"
    }
}
print(describe((3, 0)), describe((0, 4)), describe((1, 1)))
