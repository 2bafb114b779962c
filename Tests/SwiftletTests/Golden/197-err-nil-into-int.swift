let x: Int = nil
print(x)
// expect-error: 1:14 'nil' cannot initialize specified type 'Int'
