struct Card: CustomStringConvertible {
    let description: String
}
print(Card(description: "A♠"))
final class Chip: CustomStringConvertible {
    var description = "chip"
    init() {}
}
let chip = Chip()
print(chip, [chip])
chip.description = "hot chip"
print("\(chip)")
struct Plain { let description: String }
print(Plain(description: "not used"))
