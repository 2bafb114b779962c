func f() {
    var total = 1
    var total = 2
    print(total)
}
f()
// expect-error: 3:9 invalid redeclaration of 'total'
