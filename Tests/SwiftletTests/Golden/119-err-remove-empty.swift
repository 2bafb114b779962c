var a: [Int] = []
a.removeLast()
// expect-error: 2:1 can't remove last element
