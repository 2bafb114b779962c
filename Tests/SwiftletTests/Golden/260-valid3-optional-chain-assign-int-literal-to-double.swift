class Node { var weight: Double = 1 }
let node: Node? = Node()
node?.weight = 2
print(node!.weight)
struct P { var x: Double = 0 }
var dict: [String: P] = ["k": P()]
dict["k"]?.x = 3
dict["k"]!.x += 1
print(dict["k"]!.x)
