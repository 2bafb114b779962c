extension Int {
    var twice: Int { self * 2 }
}
// expect-error: 1:1 extensions are not supported
