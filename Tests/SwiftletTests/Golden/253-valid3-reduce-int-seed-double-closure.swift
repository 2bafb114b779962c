struct Item { var price: Double }
let items = [Item(price: 1.5), Item(price: 2)]
let total: Double = items.reduce(0) { $0 + $1.price }
print(total)
