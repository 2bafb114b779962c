class Node {
    var value: Int
    var next: Node?
    init(_ value: Int) { self.value = value }
}
let first = Node(1)
first.next = Node(2)
first.next?.next = Node(3)
var cur: Node? = first
var values: [Int] = []
while let n = cur { values.append(n.value); cur = n.next }
print(values)
print(first.next?.value as Any, first.next?.next?.next?.value as Any)
