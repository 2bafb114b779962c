let names = ["a", "b"]
print(names.joined(", "))
// expect-error: 2:7 no 'joined' of [String] takes arguments (_:)
