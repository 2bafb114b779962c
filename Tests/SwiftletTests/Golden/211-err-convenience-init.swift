class Temp {
    var c: Double
    init(c: Double) { self.c = c }
    convenience init() { self.init(c: 20) }
}
print(Temp().c)
// expect-error: 4:5 'convenience' is not supported in lessons
