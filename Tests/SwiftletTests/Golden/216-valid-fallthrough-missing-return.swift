func f(_ x: Int) -> String {
    let y = x * 2
    switch y {
    case 2:
        fallthrough
    case 4:
        return "small"
    default:
        return "other"
    }
}
print(f(1), f(2), f(3))
