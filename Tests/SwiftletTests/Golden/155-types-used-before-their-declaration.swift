// Types used above their declarations: functions and classes that construct a struct or class
// the cell declares further down, as Swift allows at top level.
func makePoint() -> Point { Point(x: 1, y: 2) }
func origin() -> Point { Point.zero() }
class Tree {
    var children: [Node] = []
    func add(_ v: Int) { children.append(Node(value: v)) }
    func total() -> Int { children.reduce(0) { $0 + $1.value } }
}
class Node {
    var value: Int
    init(value: Int) { self.value = value }
}
struct Point {
    var x: Int
    var y: Int
    static func zero() -> Point { Point(x: 0, y: 0) }
}
let t = Tree()
t.add(3)
t.add(4)
print(makePoint(), origin(), t.total(), makePoint().x + 1)
