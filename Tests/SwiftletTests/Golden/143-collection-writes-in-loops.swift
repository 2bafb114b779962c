// Writes inside collections, repeated in loops: each one must change the value in place
// (linear time), never copy the whole collection first.
struct Bag { var items: [Int] = []; var n = 0 }
class Box { var a: [Int] = [] }
let n = 10_000
var plain: [Int] = []
for i in 0..<n { plain.append(i) }
var filled = [Int](repeating: 0, count: n)
for i in 0..<n { filled[i] = i }
for i in 0..<n { filled[i] += 1 }
var bag = Bag()
for i in 0..<n { bag.items.append(i); bag.n += 1 }
var bags = [Bag(), Bag()]
for i in 0..<n { bags[1].items.append(i) }
var pair = (0, [Int]())
for i in 0..<n { pair.1.append(i) }
var lists: [String: [Int]] = ["a": []]
for i in 0..<n { lists["a"]!.append(i) }
for i in 0..<n { lists["b", default: []].append(i) }
var byKey: [Int: Int] = [:]
for i in 0..<n { byKey[i] = i }
var grid = [[Int]](repeating: [], count: 3)
for i in 0..<n { grid[i % 3].append(i) }
var text = ""
for _ in 0..<n { text += "x" }
var text2 = ""
for _ in 0..<n { text2.append("y") }
let box = Box()
for i in 0..<n { box.a.append(i) }
var maybe: [Int]? = []
for i in 0..<n { maybe?.append(i) }
var joined = [Int]()
for i in 0..<n { joined += [i] }
print(plain.count, plain[n - 1], filled[0], filled[n - 1])
print(bag.items.count, bag.n, bags[0].items.count, bags[1].items.count, pair.1.count)
print(lists["a"]!.count, lists["b"]!.count, byKey.count, grid.map { $0.count })
print(text.count, text2.count, box.a.count, maybe!.count, joined.count, joined[n - 1])
