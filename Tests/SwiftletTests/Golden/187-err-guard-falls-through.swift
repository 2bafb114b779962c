func check(_ age: Int) {
    guard age >= 18 else {
        print("too young")
    }
    print("welcome", age)
}
check(12)
// expect-error: 4:5 'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope
