struct Grid {
    var cells = [0, 0, 0]
    subscript(i: Int) -> Int { cells[i] }
}
print(Grid()[1])
// expect-error: 3:5 subscript declarations are not supported in lessons
