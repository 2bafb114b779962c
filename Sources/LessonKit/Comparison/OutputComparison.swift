/// The verdict on one output block.
public enum OutputComparison: Hashable, Sendable {
    case match
    case mismatch(OutputMismatch)

    public var isMatch: Bool { self == .match }
}

/// Why an output did not match: a one-line reason and a unified diff (`-expected`, `+actual`).
public struct OutputMismatch: Hashable, Sendable {
    /// One line a person reads first, e.g. "line 2: 4.5 is not within 0.0001 of 4.0".
    /// Line numbers count from the output block's first content line.
    public let summary: String
    public let diff: UnifiedDiff

    public init(summary: String, diff: UnifiedDiff) {
        self.summary = summary
        self.diff = diff
    }

    /// The diff with line numbers relative to the output block (line 1 = first content line).
    public var diffText: String { diff.rendered() }
}
