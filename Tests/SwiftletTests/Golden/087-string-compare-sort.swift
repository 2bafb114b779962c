let names = ["bob", "Alice", "carol"]
print(names.sorted())
print("abc" < "abd", "Z" < "a")
print(names.map { $0.lowercased() }.sorted(by: >))
