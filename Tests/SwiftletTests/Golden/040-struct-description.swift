struct Money: CustomStringConvertible {
    var cents: Int
    var description: String { "$\(cents / 100).\(cents % 100)" }
}
let m = Money(cents: 1234)
print(m)
print("total: \(m)")
print([m])
