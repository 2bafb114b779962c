/// Limits that apply to every lesson a run executes. A cell's `timeout=` attribute overrides
/// `timeLimit` for that cell.
public struct RunSettings: Sendable {
    /// Seconds one cell may run before it is stopped with "time limit of N s exceeded".
    public var timeLimit: Double = 10
    /// Deepest call nesting lesson code may reach (the host stack never overflows).
    public var maxCallDepth = 10_000
    public var engineLimits = EngineLimits()

    public init() {}
}

/// A `save` cell of an earlier lesson in the same folder: its declarations are run, silently,
/// before the lesson's own cells.
public struct SavedCell: Sendable {
    public let file: String
    public let cell: CodeCell
    public init(file: String, cell: CodeCell) { self.file = file; self.cell = cell }
}
