/// Caps on how large one string or array may grow. The time limit is checked between loop
/// iterations, but `s += s` doubles memory each iteration and `Array(repeating: 0, count: n)`
/// allocates at once: without a cap, a short loop or one call exhausts memory and the process
/// is killed before the clock is looked at.
enum SizeLimits {
    /// Elements of one array (each a `Value`), or UTF-8 bytes of one string.
    static let maxElements = 10_000_000

    /// Throws a run-time error when a result of `count` elements would pass the cap.
    @inline(__always)
    static func check(_ count: Int, _ what: String, _ loc: Loc) throws {
        if count > maxElements {
            throw LangError("\(what) of \(count) elements exceeds the limit of \(maxElements)", loc, .limit)
        }
    }

    /// `upper - lower` of a range, saturating (`Int.min..<Int.max` has more than Int.max elements).
    @inline(__always)
    static func span(_ lower: Int, _ upper: Int) -> Int {
        guard upper > lower else { return 0 }
        let (count, overflow) = upper.subtractingReportingOverflow(lower)
        return overflow ? .max : count
    }

    /// The size of `a + b` without overflow (a saturating sum is over the cap anyway).
    @inline(__always)
    static func sum(_ a: Int, _ b: Int) -> Int {
        let (total, overflow) = a.addingReportingOverflow(b)
        return overflow ? .max : total
    }
}
