import Swiftlet

/// What happened to one code cell when its lesson ran.
public struct CellOutcome: Sendable {
    public let cellIndex: Int
    /// What the cell printed, then the description of its displayed value, as the output block
    /// records it. For a failing `error` cell: the diagnostic's message.
    public let actual: String
    public let status: CellStatus
    /// Values the cell displayed (figures among them), in order, for renderers.
    public let displays: [DisplayedValue]
}

/// A value a cell displayed: its text form (what the output block checks) and, for
/// figures, the richer form a renderer can draw.
public struct DisplayedValue: @unchecked Sendable {
    public let text: String
    public let value: Value
}

public enum CellStatus: Sendable {
    /// The output matched its block, or an `error` cell failed as its block says.
    case passed
    /// The cell ran but has no output block to compare with (or is `nondeterministic`).
    case notChecked
    /// `ignore`, or not run because the lesson could not start.
    case skipped
    case failed(CellFailure)

    public var isFailure: Bool { if case .failed = self { return true } else { return false } }
}

/// Why a cell failed, with the places in the lesson file a reader should look at.
public struct CellFailure: Sendable {
    public enum Kind: Sendable {
        /// The output differs from the block; `diff` is unified, with file line numbers.
        case mismatch(diff: String)
        /// The code failed (parse, unsupported construct, run-time error, limit).
        case error(kind: String)
        /// An `error` cell ran without failing.
        case unexpectedSuccess
    }
    public let kind: Kind
    /// One line: what went wrong.
    public let message: String
    /// `file:line:column` of the failing statement (or of the cell).
    public let location: String
    /// `file:line` of the output block compared, when there is one.
    public let outputLocation: String?
}
