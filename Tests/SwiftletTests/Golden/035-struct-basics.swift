struct Point {
    var x: Int
    var y: Int
}
var p = Point(x: 1, y: 2)
var q = p
q.x = 10
print(p, q)
print(p.x + q.y)
