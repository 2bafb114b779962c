func takes(_ p: (x: Int, y: Int)) -> Int { p.x + p.y }
print(takes((1, 2)))
