// Closures made in `while` and `repeat` bodies capture that iteration's variables, as in Swift.
var fs: [() -> Int] = []
var i = 0
while i < 3 {
    let x = i * 10
    fs.append { x }
    i += 1
}
print(fs.map { $0() })

var queue = [4, 5, 6]
var popped: [() -> String] = []
while let last = queue.popLast() {
    popped.append { "got \(last)" }
}
print(popped.map { $0() })

var gs: [() -> Int] = []
repeat {
    var y = i
    gs.append { y }
    y += 100
    i -= 1
} while i > 0
print(gs.map { $0() })

func firstBig(_ xs: [Int]) -> Int? {
    var k = 0
    while k < xs.count {
        let v = xs[k]
        func isBig() -> Bool { v > 10 }
        if isBig() { return v }
        k += 1
    }
    return nil
}
print(firstBig([3, 12, 40]) ?? -1, firstBig([1]) ?? -1)

var counter = 0
var seen: [() -> Int] = []
outer: while true {
    counter += 1
    let snapshot = counter
    seen.append { snapshot * 2 }
    if counter % 2 == 0 { continue outer }
    if counter > 4 { break outer }
}
print(seen.map { $0() }, counter)
