var table: [String: [String: Double]] = ["a": [:]]
table["a"]?["b"] = 3
print(table)
