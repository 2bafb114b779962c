func f() -> () {
    print("a")
    print("b")
}
f()
func g() -> Void {
    print("c")
}
g()
