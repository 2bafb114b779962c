func check(_ x: Int?) -> String {
    guard let v = x else { return "none" }
    guard v > 0 else { return "non-positive" }
    return "ok \(v)"
}
print(check(nil), check(-1), check(5))
