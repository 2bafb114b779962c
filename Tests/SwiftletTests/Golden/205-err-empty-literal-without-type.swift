var list = []
list.append(1)
print(list)
// expect-error: 1:12 empty collection literal requires an explicit type
