class Shape {
    static var count = 0
    var sides: Int
    init(sides: Int) { self.sides = sides; Shape.count += 1 }
    var name: String { sides == 3 ? "triangle" : "polygon" }
}
let s1 = Shape(sides: 3)
let s2 = Shape(sides: 5)
print(s1.name, s2.name, Shape.count)
