struct Point {
    var x = 0, y = 0
    static func origin() -> Self { Self() }
    func moved(by d: Int) -> Self { Point(x: x + d, y: y + d) }
}
print(Point.origin().moved(by: 2).x)
