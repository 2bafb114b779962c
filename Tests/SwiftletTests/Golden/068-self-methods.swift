struct Stack {
    var items: [Int] = []
    mutating func push(_ x: Int) { items.append(x) }
    mutating func pop() -> Int? { items.popLast() }
    var top: Int? { items.last }
    var isEmpty: Bool { items.isEmpty }
}
var s = Stack()
s.push(1); s.push(2)
print(s.top!, s.pop()!, s.pop()!, s.pop() as Any, s.isEmpty)
