/// A problem found in a lesson file, with the place a person should look at.
/// Diagnostics are values: parsing never stops at the first one and never crashes.
public struct LessonDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error, warning
    }

    /// What went wrong, for callers (and tests) that react to a specific problem.
    public enum Kind: String, Hashable, Sendable {
        case invalidUTF8
        case unclosedFrontMatter
        case invalidFrontMatter
        case unknownFrontMatterKey
        case unclosedFence
        case unknownAttribute
        case invalidAttributeValue
        case duplicateAttribute
        case outputWithoutCell
        case duplicateOutput
        /// A swift or output fence inside a list or quote: shown as prose, never run or checked.
        case nestedFence
        /// A fence whose language looks meant as `swift` or `output` (```Swift, ```swift3): never run or checked.
        case lookalikeFence
        /// A `save` cell of an earlier lesson failed while it was replayed before this lesson.
        case savedCellFailed
    }

    public let file: String
    /// 1-based line.
    public let line: Int
    /// 1-based column in characters.
    public let column: Int
    public let message: String
    public let severity: Severity
    public let kind: Kind

    public init(file: String, line: Int, column: Int, message: String, severity: Severity = .error, kind: Kind) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.severity = severity
        self.kind = kind
    }

    /// `file:line:column: error: message`, the form editors and CI logs link to.
    public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }
}
