class Box {
    var items: [Int] = []
    var child: Box?
    func total() -> Int { items.reduce(0, +) }
}
let b = Box()
b.items = [1, 2, 3]
print(b.child?.total() as Any)
b.child = Box()
b.child?.items.append(10)
print(b.child?.total() as Any, b.total())
let count = b.child?.items.count ?? 0
print(count)
