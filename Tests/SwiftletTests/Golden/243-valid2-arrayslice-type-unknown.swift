func sum(_ a: ArraySlice<Int>) -> Int {
    var s = 0
    for x in a { s += x }
    return s
}
let arr = [1, 2, 3, 4]
print(sum(arr[1...2]))
