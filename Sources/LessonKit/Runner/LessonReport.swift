/// The result of running one lesson: its cells' outcomes and the problems found in the file
/// itself (an unknown attribute, an orphan output block), which count as failures too.
public struct LessonReport: Sendable {
    public let lesson: Lesson
    public let outcomes: [CellOutcome]
    public let problems: [LessonDiagnostic]
    /// Wall time of the run, in seconds.
    public let seconds: Double

    public var passed: Int { outcomes.filter { if case .passed = $0.status { return true } else { return false } }.count }
    public var failed: Int { outcomes.filter { $0.status.isFailure }.count + errorProblems.count }
    public var skipped: Int { outcomes.filter { if case .skipped = $0.status { return true } else { return false } }.count }
    public var errorProblems: [LessonDiagnostic] { problems.filter { $0.severity == .error } }
    public var succeeded: Bool { failed == 0 }

    public func outcome(for cell: CodeCell) -> CellOutcome? { outcomes.first { $0.cellIndex == cell.index } }
}
