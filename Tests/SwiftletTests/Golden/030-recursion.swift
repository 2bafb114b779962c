func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
print((0..<15).map(fib))
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
print(gcd(84, 36))
func hanoi(_ n: Int, _ from: String, _ to: String, _ via: String) -> Int {
    if n == 0 { return 0 }
    return hanoi(n - 1, from, via, to) + 1 + hanoi(n - 1, via, to, from)
}
print(hanoi(10, "a", "c", "b"))
