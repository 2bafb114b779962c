let a = [1, 2]
let b = ["x"]
print(a + b)
// expect-error: 3:9 binary operator '+' cannot be applied to operands of type '[Int]' and '[String]'
