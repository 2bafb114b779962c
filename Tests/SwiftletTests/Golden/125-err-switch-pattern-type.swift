let s = "a"
switch s {
case 1: print(1)
default: break
}
// expect-error: 3:6 expression pattern of type 'Int' cannot match values of type 'String'
