let x = 1
x = 2
// expect-error: 2:1 'let' constant
