import Foundation
var a = Array(repeating: 0.0, count: 3)
a[0] = 7
print(a[0] / 2, a)
var grid: [[Double]] = Array(repeating: Array(repeating: 0, count: 2), count: 2)
grid[0][0] = 1
print(grid)
let r: Double = pow(2, 3)
print(r, Double.pi * pow(2, 2), sqrt(pow(3, 2) + pow(4, 2)))
print([3.7, -1.2].map { $0.rounded(.down) })
let task = (name: "n", run: { () -> Int in 5 })
print(task.name, task.run())
