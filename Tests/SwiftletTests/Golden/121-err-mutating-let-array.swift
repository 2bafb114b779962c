let a = [1, 2]
a.append(3)
// expect-error: 2:1 cannot use mutating member 'append' on immutable value
