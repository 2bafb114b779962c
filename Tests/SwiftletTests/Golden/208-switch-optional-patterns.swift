let vals: [Int?] = [nil, 3, 12]
for v in vals {
    switch v {
    case let x? where x > 10: print("big", x)
    case let x?: print("value", x)
    case nil: print("none")
    }
}
let pair: (Int?, String) = (5, "a")
switch pair {
case (let n?, let s): print(n, s)
default: print("no number")
}
