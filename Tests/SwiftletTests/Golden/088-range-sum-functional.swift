let squares = (1...5).map { $0 * $0 }
print(squares, squares.reduce(0, +))
let evens = (1...10).filter { $0 % 2 == 0 }
print(evens)
