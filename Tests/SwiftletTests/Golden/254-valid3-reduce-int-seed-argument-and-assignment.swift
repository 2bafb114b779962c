struct Item { var price: Double }
let items = [Item(price: 1.5), Item(price: 2)]
func show(_ d: Double) { print(d) }
show(items.reduce(0) { $0 + $1.price })
var t = 0.0
t = items.map { $0.price }.reduce(0, +)
print(t)
