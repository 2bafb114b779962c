/// One self-checking exercise of a lesson: the cells a student edits, the checks that judge
/// them, and the hints shown one by one when they fail. Built by `ExerciseCatalog(lesson:)`.
public struct Exercise: Sendable {
    /// The `exercise=ID` value, unique in its lesson.
    public let id: String
    /// The prose right before the exercise's first block: what the student is asked to do.
    public let prompt: String
    /// File line of the exercise's first cell.
    public let line: Int
    /// Indices (in `Lesson.cells`) of the cells the student edits, in file order.
    public let codeCells: [Int]
    /// Everything that judges the answer, in file order, numbered from 1.
    public let checks: [ExerciseCheck]
    /// Hints in the order they are revealed.
    public let hints: [ExerciseHint]
    /// The marked solution regions of the code cells.
    public let regions: [SolutionRegion]

    /// Checks a student sees (hidden ones are removed from the student copy).
    public var visibleChecks: [ExerciseCheck] { checks.filter { !$0.hidden } }
}

/// One thing that must hold for an exercise to count as solved.
public struct ExerciseCheck: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// The output block after one of the exercise's code cells.
        case expectedOutput
        /// A `check` cell: it must run without error (its `expect` calls hold) and match its
        /// output block when it has one.
        case checkCell
    }
    /// Position among the exercise's checks, from 1.
    public let number: Int
    public let kind: Kind
    /// The cell whose outcome decides the check.
    public let cellIndex: Int
    /// A hidden check is kept out of student copies and used when grading.
    public let hidden: Bool
    /// File line of the output block or of the check cell's fence.
    public let line: Int
}

/// A ```` ```hint exercise=ID ```` fence: prose shown after a failed check.
public struct ExerciseHint: Sendable, Hashable {
    public let text: String
    public let line: Int
}

/// A `// BEGIN SOLUTION` … `// END SOLUTION` region of a code cell, in file lines. A
/// `solution` cell is one region spanning all of its lines, without marker lines.
public struct SolutionRegion: Sendable, Hashable {
    public let cellIndex: Int
    /// The first line replaced in the student copy (the BEGIN marker, or the cell's first line).
    public let firstLine: Int
    /// The last line replaced (the END marker, or the cell's last content line).
    public let lastLine: Int
    /// The solution's own lines (markers and placeholder excluded).
    public let solutionLines: ClosedRange<Int>?
    /// The placeholder as the student copy shows it (comment prefix removed, line breaks
    /// kept); nil means the default `// YOUR CODE HERE` line.
    public let placeholder: String?
}

/// A problem in how a lesson declares its exercises, as `file:line:column: error: message`.
public struct ExerciseIssue: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }
    public var description: String { "\(file):\(line):1: error: \(message)" }
}
