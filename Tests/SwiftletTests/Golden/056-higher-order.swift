func compose(_ f: @escaping (Int) -> Int, _ g: @escaping (Int) -> Int) -> (Int) -> Int {
    return { x in g(f(x)) }
}
let inc = { (x: Int) in x + 1 }
let dbl = { (x: Int) in x * 2 }
let h = compose(inc, dbl)
print(h(3))
let fs = [inc, dbl]
print(fs.map { $0(10) })
