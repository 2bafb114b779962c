let grid: [[Double]] = [[1, 2], [3, 4]]
let s = grid.reduce(0) { $0 + $1[0] }
print(s)
