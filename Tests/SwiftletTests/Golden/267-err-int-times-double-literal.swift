let n = 3
let area = n * 2.5
print(area)
// expect-error: 2:14 binary operator '*' cannot be applied to operands of type 'Int' and 'Double'
