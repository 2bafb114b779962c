var ds: [Double] = [1.5]
let raw = [1, 2, 3]
ds += raw
print(ds)
// expect-error: 3:4 binary operator '+=' cannot be applied to operands of type '[Double]' and '[Int]'
