import Foundation

/// A 1-based position in a lesson file; columns count characters, not bytes.
public struct SourcePosition: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public var description: String { "\(line):\(column)" }
}

public struct SourceRange: Equatable, Sendable, CustomStringConvertible {
    public var start: SourcePosition
    public var end: SourcePosition
    public init(start: SourcePosition, end: SourcePosition) { self.start = start; self.end = end }
    public static let unknown = SourceRange(start: .init(line: 0, column: 0), end: .init(line: 0, column: 0))
    public var description: String { "\(start)-\(end)" }
}

/// Every error lesson code can cause is one of these values; nothing traps.
public struct Diagnostic: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable { case parse, unsupported, name, type, runtime, limit }
    public var message: String
    public var file: String
    public var range: SourceRange
    public var kind: Kind
    public var notes: [String]
    public init(message: String, file: String = "", range: SourceRange, kind: Kind, notes: [String] = []) {
        self.message = message; self.file = file; self.range = range; self.kind = kind; self.notes = notes
    }
    public var description: String { "\(file.isEmpty ? "" : file + ":")\(range.start): error: \(message)" }
}

public struct Limits: Sendable {
    /// Wall-clock budget of one `run`, in seconds.
    public var timeLimit: TimeInterval = 10
    /// Deep enough for the recursion exercises ask for (a sum to 1,000 needs 1,001 calls; Swift
    /// itself goes far deeper), shallow enough for the evaluator's 512 MB stack.
    public var maxCallDepth: Int = 10_000
    /// Optional cap on loop iterations + calls; nil means only the clock limits.
    public var maxSteps: Int? = nil
    public init(timeLimit: TimeInterval = 10, maxCallDepth: Int = 10_000, maxSteps: Int? = nil) {
        self.timeLimit = timeLimit; self.maxCallDepth = maxCallDepth; self.maxSteps = maxSteps
    }
}

public enum OutputEvent {
    case text(String)
    case display(Value)
}

public struct CellResult {
    public var output: String = ""
    public var displayed: Value? = nil
    public var displayText: String? = nil
    public var error: Diagnostic? = nil
    public var events: [OutputEvent] = []
    /// Where each `print` began writing in `output` (UTF-8 offset) and the file line of the call,
    /// so a runner can name the statement that printed a wrong line.
    public var printSites: [PrintSite] = []
    public init() {}
}

/// One `print` call's place in the output and in the file.
public struct PrintSite: Equatable, Sendable {
    public var outputOffset: Int
    public var line: Int
    public init(outputOffset: Int, line: Int) { self.outputOffset = outputOffset; self.line = line }
}

/// Compact source location kept in lowered nodes (resolved to file positions already).
struct Loc {
    var line: Int32, col: Int32, endLine: Int32, endCol: Int32
    static let none = Loc(line: 0, col: 0, endLine: 0, endCol: 0)
    var range: SourceRange {
        SourceRange(start: .init(line: Int(line), column: Int(col)), end: .init(line: Int(endLine), column: Int(endCol)))
    }
}

/// A lowering or run-time failure before it is given its file name.
struct LangError: Error {
    var message: String
    var loc: Loc
    var kind: Diagnostic.Kind
    var notes: [String] = []
    /// The file of the function body it happened in, when in one.
    var file: String?
    /// The outermost call that led to it, in the cell that ran.
    var callSite: Loc?
    init(_ message: String, _ loc: Loc, _ kind: Diagnostic.Kind = .runtime, notes: [String] = []) {
        self.message = message; self.loc = loc; self.kind = kind; self.notes = notes
    }

    func withNote(_ note: String) -> LangError {
        var copy = self
        copy.notes.append(note)
        return copy
    }
}

/// Thrown by host bindings and `Value.asX()` helpers; gets the call's location when caught.
public struct HostError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
