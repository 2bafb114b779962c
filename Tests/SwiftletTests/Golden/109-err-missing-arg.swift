func f(a: Int, b: Int) -> Int { a + b }
print(f(a: 1))
// expect-error: 2:7 no matching call
