let x = 3
if let y = x { print(y) }
// expect-error: 2:12 initializer for conditional binding must have Optional type, not 'Int'
