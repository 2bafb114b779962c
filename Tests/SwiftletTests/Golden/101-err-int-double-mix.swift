let i = 1
let d = 2.5
print(i + d)
// expect-error: 3:9 cannot be applied to operands of type 'Int' and 'Double'
