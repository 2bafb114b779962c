let marks = [3, 4, 4]
let total = marks.reduce(0) { $0 + Double($1) / 2 }
print(total)
