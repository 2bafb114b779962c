let marks = [3, 4, 4]
let total = marks.reduce(0.0) { $0 + Double($1) }
print(total / Double(marks.count))
print(marks.reduce("") { $0 + String($1) })
