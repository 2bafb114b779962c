func plain() -> (Int, Int) { return (a: 1, b: 2) }
print(plain())
var t: (Int, Int) = (x: 1, y: 2)
print(t)
t = (5, 6)
print(t)
