@discardableResult func bump(_ x: inout Int) -> Int { x += 1; return x }
var n = 0
bump(&n)
print(n)
