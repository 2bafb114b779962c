let a = [1, 2, 3]
print(a.prefix(-1))
print("end")
// expect-error: 2:7 Can't take a prefix of negative length from a collection
