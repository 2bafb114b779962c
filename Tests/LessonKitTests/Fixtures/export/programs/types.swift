struct Item: CustomStringConvertible {
    let name: String
    var count: Int = 1
    var description: String { "\(name)×\(count)" }
    static let unit = "pcs"
    static func make(_ n: String) -> Item { Item(name: n) }
    var doubled: Int { count * 2 }
}
struct Plain { let name: String; let tags: [String]; let score: Double?; let pair: (Int, Int) }
final class Node { var value: Int; var next: Node?
    init(_ v: Int, next: Node? = nil) { value = v; self.next = next }
    func sum() -> Int { value + (next?.sum() ?? 0) }
}
let item = Item.make("pen")
print(item, [item], Item.unit, item.doubled, "\(item)")
print(Plain(name: "p", tags: ["a"], score: nil, pair: (1, 2)))
print(Plain(name: "q", tags: [], score: 0.5, pair: (3, 4)))
let list = Node(1, next: Node(2, next: Node(3)))
print(list.sum(), list.next!.value, list.next?.next?.value as Any)
let chars: [Character] = ["a", "é"]
print(chars, "abc".first!, Array("hé"), "x" < "y", "Zeta".lowercased())
let maybe: Int? = 4
print("\(maybe as Any)")
print((1, (2.5, "s")), [(1, "a")], [[1.5]], [Float(1), 2])
var items = [Item(name: "a"), Item(name: "b", count: 3)]
items[0].count += 4
print(items, items.map { $0.count }, items.map { $0.name }.joined())
let sortedItems = items.sorted { $0.count > $1.count }
print(sortedItems.map { $0.name })
print(Float(3) * 0.1, Double(3) * 0.1, Float(1) / 0, -Float(1) / 0, 1.5e300 * 1e10)
print(Int(Float(2.99)), Float(Int(7)), Double(Float(0.1)), Float(Double(0.1)))
print(String(format: "%d %5.3f %e %g %x %@", 7, Double.pi, 12345.678, 0.0001, 255, "str"))
print(String(format: "%.2f%%", 12.345), String(format: "[%-4d]", 3), String(format: "%08.3f", -3.14159))
