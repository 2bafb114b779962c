var scores = [Double](repeating: 0, count: 3)
print(scores)
scores[0] += 1
print(scores[0] / 2)
var avg = [String: Double]()
avg["ann"] = 3
print(avg)
print(avg["ann"]! / 2)
let prices = [Double(3), 7]
print(prices)
print(prices[1] / 2)
let a = [Double.pi, 1]
print(a[1] / 2)
var totals: [String: Double] = ["food": 1.5]
print(totals["rent", default: 0])
totals["food", default: 0] += 2.5
print(totals)
var totals2: [String: Double] = [:]
totals2["food", default: 0] += 2.5
print(totals2)
var b: [Double] = []
b.insert(3, at: 0)
b.append(contentsOf: [4])
print(b)
var d: [String: Double] = [:]
d.updateValue(1, forKey: "k")
print(d)
let prices2: [String: Double] = ["tea": 2]
print(prices2["tea"] == 2)
let xs: [Double] = [1, 2]
print(xs == [1, 2])
let r = 2.0
let areas = [3.14 * r * r, 10]
print(areas)
var grid = [[Double]](repeating: [Double](repeating: 0, count: 2), count: 2)
grid[1][0] = 5
print(grid)
let weights: [Double] = Array(repeating: 1, count: 2)
print(weights)
