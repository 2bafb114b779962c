print(Int.max - 1 + 1)
print(Int.min + 1)
print(Int.max &+ 1)
