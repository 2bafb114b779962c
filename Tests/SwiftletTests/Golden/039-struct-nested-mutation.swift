struct Inner { var v = 0 }
struct Outer { var inner = Inner(); var list = [Inner(), Inner()] }
var o = Outer()
o.inner.v = 5
o.list[1].v = 7
o.list.append(Inner(v: 9))
print(o.inner.v, o.list.map { $0.v })
let copy = o
o.inner.v = 100
print(copy.inner.v, o.inner.v)
