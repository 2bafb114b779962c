/// The YAML header of a lesson, between `---` lines at the very top of the file.
///
///     ---
///     title: 2-D cross-correlation
///     section: 5.1.1
///     seed: 0
///     atol: 1e-4
///     lang: en
///     ---
public struct LessonFrontMatter: Hashable, Sendable {
    public var title: String?
    /// Kept as written (`5.1` stays "5.1", not a number).
    public var section: String?
    /// Passed to `manualSeed` before the first cell.
    public var seed: UInt64 = 0
    /// Default absolute tolerance for this lesson's `approx` outputs.
    public var atol: Double?
    /// Default relative tolerance for this lesson's `approx` outputs.
    public var rtol: Double?
    /// Language of the prose (`en`, `zh`).
    public var lang: String?
    /// The lines the header occupies, delimiters included; nil when there is none.
    public var lines: ClosedRange<Int>?

    public init() {}

    /// The keys this type understands, for messages.
    public static let knownKeys = ["title", "section", "seed", "atol", "rtol", "lang"]
}
