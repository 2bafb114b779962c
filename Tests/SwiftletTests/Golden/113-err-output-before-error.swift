print("before")
let a: [Int] = []
print(a[0])
// expect-error: 3:7 index out of range
