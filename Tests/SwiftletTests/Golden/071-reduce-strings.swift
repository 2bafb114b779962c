let words = ["deep", "learning"]
print(words.joined(separator: " "), words.joined())
print(words.reduce("") { $0 + $1.prefix(1) })
print(words.map { $0.count })
