var m = [[1, 2, 3], [4, 5, 6]]
print(m)
print(m[1][2], m.count, m[0].count)
m[0][1] = 20
print(m)
var grid = Array(repeating: Array(repeating: 0, count: 3), count: 2)
grid[1][2] = 7
print(grid)
let d = [[1.5, 2], [3, 4]]
print(d)
