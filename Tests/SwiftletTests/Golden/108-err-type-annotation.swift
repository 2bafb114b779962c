let x: Int = 2.5
// expect-error: 1:14 cannot convert value of type 'Double' to specified type 'Int'
