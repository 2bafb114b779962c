func f(_ x: Int) -> Int {
    if x > 0 { return }
    return 1
}
print(f(3))
// expect-error: 2:16 non-void function should return a value
