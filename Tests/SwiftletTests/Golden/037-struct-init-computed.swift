struct Rect {
    var width: Double
    var height: Double
    init(side: Double) { width = side; height = side }
    init(width: Double, height: Double) { self.width = width; self.height = height }
    var area: Double { width * height }
    var perimeter: Double {
        get { 2 * (width + height) }
    }
}
let r = Rect(width: 2, height: 3)
let s = Rect(side: 4)
print(r.area, r.perimeter, s.area)
print(r)
