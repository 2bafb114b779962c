let 名字 = [1]
print(名字[5])
// expect-error: 2:7 index out of range
