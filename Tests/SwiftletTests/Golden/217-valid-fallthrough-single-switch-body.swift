func f(_ x: Int) -> String {
    switch x {
    case 1:
        fallthrough
    case 2:
        return "one or two"
    default:
        return "other"
    }
}
print(f(1), f(2), f(3))
