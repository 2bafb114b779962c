let x: Foo = 65
let c: Character = 66
print(x, c)
// expect-error: 1:8 cannot find type 'Foo' in scope
