/// How one exercise fared in a run: which checks passed and why the others failed.
public struct ExerciseResult: Sendable {
    public let exercise: Exercise
    /// Checks that passed, in order.
    public let passed: [ExerciseCheck]
    /// What went wrong, in file order (empty when solved).
    public let failures: [ExerciseFailure]

    public var solved: Bool { failures.isEmpty }
    public var checksTotal: Int { exercise.checks.count }
    public var checksPassed: Int { passed.count }
    public var hiddenTotal: Int { exercise.checks.filter(\.hidden).count }
    public var hiddenPassed: Int { passed.filter(\.hidden).count }
}

/// One reason an exercise is not solved.
public struct ExerciseFailure: Sendable {
    public enum Kind: String, Sendable {
        /// The output differs from the expected output block.
        case output
        /// An `expect(condition, message)` in a check cell found the condition false.
        case expectation
        /// The code stopped with an error (a name that does not exist, a shape mismatch...).
        case error
        /// The code ran past the time limit: usually an endless loop.
        case timeLimit
    }
    /// The check that failed; nil when a code cell without an output block stopped with an error.
    public let check: ExerciseCheck?
    public let kind: Kind
    /// One line (or a few, for an error with notes).
    public let message: String
    /// `file:line` (or `file:line:column`) to look at.
    public let location: String
    /// Unified diff, expected (`-`) against actual (`+`), for an output mismatch.
    public let diff: String?
}

/// Reads exercise results out of a lesson run: each check's cell must have passed (a `check`
/// cell without an output block passes by running without error).
public enum ExerciseVerdict {
    public static func results(_ report: LessonReport, catalog: ExerciseCatalog) -> [ExerciseResult] {
        catalog.exercises.map { result(for: $0, in: report) }
    }

    static func result(for exercise: Exercise, in report: LessonReport) -> ExerciseResult {
        var passed: [ExerciseCheck] = []
        var failures: [(index: Int, failure: ExerciseFailure)] = []
        let checkedCells = Set(exercise.checks.map(\.cellIndex))
        for cellIndex in exercise.codeCells where !checkedCells.contains(cellIndex) {
            guard let outcome = report.outcomes.first(where: { $0.cellIndex == cellIndex }),
                  case .failed(let failure) = outcome.status else { continue }
            failures.append((cellIndex, describe(failure, check: nil)))
        }
        for check in exercise.checks {
            let outcome = report.outcomes.first { $0.cellIndex == check.cellIndex }
            switch outcome?.status {
            case .passed?, .notChecked?:
                passed.append(check)
            case .failed(let failure)?:
                failures.append((check.cellIndex, describe(failure, check: check)))
            case .skipped?, nil:
                failures.append((check.cellIndex, ExerciseFailure(
                    check: check, kind: .error, message: "the check did not run",
                    location: "\(report.lesson.file):\(check.line)", diff: nil)))
            }
        }
        let ordered = failures.enumerated().sorted { ($0.element.index, $0.offset) < ($1.element.index, $1.offset) }
        return ExerciseResult(exercise: exercise, passed: passed, failures: ordered.map(\.element.failure))
    }

    static func describe(_ failure: CellFailure, check: ExerciseCheck?) -> ExerciseFailure {
        switch failure.kind {
        case .mismatch(let diff):
            return ExerciseFailure(check: check, kind: .output, message: failure.message,
                                   location: failure.outputLocation ?? failure.location, diff: diff)
        case .error(let kind):
            if failure.message.hasPrefix(ExerciseBindings.failurePrefix) {
                return ExerciseFailure(check: check, kind: .expectation,
                                       message: String(failure.message.dropFirst(ExerciseBindings.failurePrefix.count)),
                                       location: failure.location, diff: nil)
            }
            if kind == "limit", failure.message.contains("time limit") {
                return ExerciseFailure(check: check, kind: .timeLimit,
                                       message: "\(failure.message): the code never finished; is there an endless loop?",
                                       location: failure.location, diff: nil)
            }
            return ExerciseFailure(check: check, kind: .error, message: failure.message, location: failure.location, diff: nil)
        case .unexpectedSuccess:
            return ExerciseFailure(check: check, kind: .error, message: failure.message, location: failure.location, diff: nil)
        }
    }
}
