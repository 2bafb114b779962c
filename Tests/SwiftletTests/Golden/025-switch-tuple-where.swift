let points = [(0, 0), (1, 0), (0, 2), (3, 3), (2, 5)]
for p in points {
    switch p {
    case (0, 0): print("origin")
    case (_, 0): print("on x axis")
    case (0, let y): print("on y axis at", y)
    case let (x, y) where x == y: print("diagonal", x)
    default: print("elsewhere")
    }
}
