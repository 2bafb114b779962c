let word = "hello"
print(word.dropFirst(2))
print("\(word.dropFirst(1))!")
