let n = 3
switch n {
case 3:
    print("three")
    fallthrough
case 4:
    print("four-ish")
default:
    print("other")
}
switch n {
case let x where x > 2: print("big", x)
default: break
}
