let n = 2
let a: [Double] = [1.5, n]
print(a)
// expect-error: 2:25 cannot convert value of type 'Int' to expected element type 'Double'
