struct Point {
    var x: Int
    var y: Int
    init(x: Int, y: Int) {
        (self.x, self.y) = (x, y)
    }
}
print(Point(x: 1, y: 2).x)
