func f() {
    print(1)
// expect-error: 2:13 expected '}' to end function
