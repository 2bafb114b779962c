func f(_ xs: [Int]) -> Int {
    var s = 0
    for x in xs {
        guard x > 0 else {
            switch x {
            case 0: continue
            default: return -1
            }
        }
        s += x
    }
    return s
}
print(f([1, 0, 2]), f([1, -1]))
