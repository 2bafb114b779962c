class Counter {
    var n = 0
    mutating func tick() { n += 1 }
}
// expect-error: 3:5 'mutating' is not valid on instance methods in classes
