func f(_ x: Int) -> Int {
    while (true) {
        if x > 0 { return x }
    }
}
print(f(2))
