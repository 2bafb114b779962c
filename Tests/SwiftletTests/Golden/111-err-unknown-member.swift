struct P { var x = 0 }
let p = P()
print(p.z)
// expect-error: 3:9 has no member 'z'
