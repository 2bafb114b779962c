func f(x: Int) -> String { "x=\(x)" }
func f(y: Int) -> String { "y=\(y)" }
print(f(x: 1), f(y: 2))
func sum(_ xs: Int...) -> Int { xs.reduce(0, +) }
print(sum(), sum(1), sum(1, 2, 3))
