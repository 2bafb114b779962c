let a = [1, 2, 3]
print(a[0])
print(a[3])
// expect-error: 3:7 index out of range
