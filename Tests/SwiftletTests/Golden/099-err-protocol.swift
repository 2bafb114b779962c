protocol Shape {
    var area: Double { get }
}
// expect-error: 1:1 protocols are not supported in lessons
