func f(x: Int) -> Int {
    var x = x
    x += 1
    for i in 0..<2 { let i = i * 2; x += i }
    if true { let x = 100; print(x) }
    let g = { (x: Int) -> Int in let y = x; return y }
    return x + g(1)
}
print(f(x: 1))
