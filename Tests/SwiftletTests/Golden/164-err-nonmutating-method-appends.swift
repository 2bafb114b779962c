struct Bag {
    var items: [String] = []
    func add(_ s: String) { items.append(s) }
}
var b = Bag()
b.add("x")
print(b.items)
// expect-error: 3:29 cannot use mutating member 'append' on immutable value: 'self' is immutable
