struct Item { var name: String; var score: Int }
let items = [Item(name: "a", score: 3), Item(name: "b", score: 9), Item(name: "c", score: 1)]
let best = items.sorted { $0.score > $1.score }
print(best.map { $0.name })
print(items.filter { $0.score > 2 }.count)
print(items.map(\.score))
