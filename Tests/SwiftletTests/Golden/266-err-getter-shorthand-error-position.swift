struct Box {
    var width: Int
    var twice: Int { width + heigth }
}
print(Box(width: 1).twice)
// expect-error: 3:30 cannot find 'heigth' in scope
