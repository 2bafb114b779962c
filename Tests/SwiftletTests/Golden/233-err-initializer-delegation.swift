struct V {
    var x: Int
    init(x: Int) { self.x = x }
    init() { self.init(x: 5) }
}
print(V().x)
// expect-error: 4:14 initializer delegation ('self.init') is not supported in lessons
