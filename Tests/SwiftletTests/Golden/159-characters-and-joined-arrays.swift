// Characters' classification properties, and joined() of an array of arrays.
let word = "Hi 2u!"
var kinds: [String] = []
for c in word {
    kinds.append(c.isLetter ? "L" : c.isNumber ? "N" : c.isWhitespace ? "W" : c.isPunctuation ? "P" : "?")
}
print(kinds.joined(), word.filter { $0.isUppercase }, word.first!.asciiValue as Any, "7".first!.wholeNumberValue as Any)
print(Array([[1], [2, 3]].joined()), [["a"], ["b"]].joined().map { $0 + "!" })
