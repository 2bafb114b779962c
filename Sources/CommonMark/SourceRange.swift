/// A position in a source text: 1-based line, 1-based column counted in characters
/// (Swift `Character`s, so "你" is one column and a tab is one column).
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// An inclusive range of source positions, as cmark reports them: `end` is the last
/// character that belongs to the node (not one past it).
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// The lines this range touches, first to last.
    public var lines: ClosedRange<Int> { start.line...max(start.line, end.line) }

    public var description: String { "\(start)-\(end)" }
}
