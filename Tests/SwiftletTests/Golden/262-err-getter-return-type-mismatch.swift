struct Item {
    var count: Int
    var label: String { count }
}
print(Item(count: 1).label)
// expect-error: 3:25 cannot convert return expression of type 'Int' to return type 'String'
