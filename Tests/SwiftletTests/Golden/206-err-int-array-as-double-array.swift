let ints = [1, 2]
let ds: [Double] = ints
print(ds)
let more: [Double] = [0.5]
print(more + ints)
func f() -> [Double] { let a = [1]; return a }
print(f())
// expect-error: 2:20 cannot assign value of type '[Int]' to type '[Double]'
