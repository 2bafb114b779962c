func fail(_ m: String) -> Never {
    fatalError(m)
}
func useFail(_ x: Int) -> Int {
    if x > 0 { return x }
    fail("bad")
}
print(useFail(3))
