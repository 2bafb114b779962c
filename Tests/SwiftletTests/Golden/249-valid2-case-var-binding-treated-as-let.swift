let point = (3, -2)
switch point {
case (var x, let y) where y < 0:
    x += 100
    print(x, y)
default:
    print("other")
}
let n: Int? = 5
switch n {
case var v?:
    v *= 2
    print(v)
case nil:
    print("nil")
}
