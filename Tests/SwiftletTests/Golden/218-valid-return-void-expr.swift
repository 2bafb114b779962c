func hello(_ n: Int) {
    if n == 0 { return print("done") }
    print(n)
    return hello(n - 1)
}
hello(2)
func unit() { return () }
unit()
