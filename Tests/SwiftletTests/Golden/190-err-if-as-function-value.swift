func f(_ c: Bool) -> Int { if c { 1 } else { 2 } }
print(f(true), f(false))
func g(_ n: Int) -> String {
    switch n {
    case 0: "zero"
    default: "many"
    }
}
print(g(0), g(3))
let h = { (c: Bool) -> Int in if c { 1 } else { 2 } }
print(h(true))
// expect-error: 1:28 'if'/'switch' used as a value are not supported in lessons
