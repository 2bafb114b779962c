func wrap(_ i: Int, _ n: Int) -> Int { (i % n + n) % n }
print(wrap(-3, 5))
print(wrap(4, 0))
// expect-error: 1:43 division by zero in remainder operation
