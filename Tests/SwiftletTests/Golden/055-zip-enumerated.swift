let a = [1, 2, 3]
let b = ["x", "y", "z"]
for (n, s) in zip(a, b) { print(n, s) }
print(zip(a, b).map { "\($0)\($1)" })
for (i, s) in b.enumerated() where i > 0 { print(i, s) }
