import Foundation

/// Grades one student's copy of a lesson against the key: the student's exercise cells are
/// put in place of the key's, and everything else (the lesson around them, every check,
/// hidden ones included, and every expected output) comes from the key. The student cannot
/// change what the checks are, only the answer.
public struct ExerciseGrader: Sendable {
    public let runner: LessonRunner

    public init(runner: LessonRunner = LessonRunner()) { self.runner = runner }

    /// One row per exercise of the key. `submission` is nil when the student handed in no
    /// copy of this lesson; `prelude` holds the key's saved cells before it.
    public func grade(key: Lesson, submission: Lesson?, student: String, submissionFile: String?,
                      prelude: [SavedCell]) -> [GradeRow] {
        let catalog = ExerciseCatalog(lesson: key)
        guard !catalog.isEmpty else { return [] }
        let answers = submission.map(Self.answers) ?? [:]
        var tampered: [String: String] = [:]
        var sources: [Int: String] = [:]
        for exercise in catalog.exercises {
            let given = answers[exercise.id] ?? []
            for (ordinal, cellIndex) in exercise.codeCells.enumerated() {
                let source = ordinal < given.count ? given[ordinal] : ""
                if Self.redefinesExpect(source) {
                    tampered[exercise.id] = "the answer declares its own `expect`, which the checks rely on; rename it"
                }
                sources[cellIndex] = source
            }
        }
        for (id, _) in tampered {
            for cellIndex in catalog.exercise(id)?.codeCells ?? [] { sources[cellIndex] = "" }
        }
        let report = runner.run(Self.splice(key, sources), prelude: prelude)
        return ExerciseVerdict.results(report, catalog: catalog).map { result in
            let id = result.exercise.id
            let status: GradeRow.Status = answers[id] == nil ? .missing
                : tampered[id] != nil ? .failed : result.solved ? .solved : .failed
            let failure = result.failures.first
            let passed = tampered[id] == nil ? result.checksPassed : 0
            let total = result.checksTotal
            return GradeRow(
                student: student, lesson: key.file, submission: submissionFile, exercise: id, status: status,
                checksPassed: passed, checksTotal: total,
                hiddenPassed: tampered[id] == nil ? result.hiddenPassed : 0, hiddenTotal: result.hiddenTotal,
                score: total == 0 ? 0 : (Double(passed) / Double(total) * 10000).rounded() / 10000,
                failedCheck: tampered[id] == nil && status != .missing ? failure?.check?.number : nil,
                message: tampered[id] ?? (status != .missing ? failure.map(Self.summary)
                    : submission == nil ? "this lesson was not handed in" : "no such exercise in the submission"))
        }
    }

    /// The student's code cells of each exercise, in order.
    static func answers(_ lesson: Lesson) -> [String: [String]] {
        var answers: [String: [String]] = [:]
        for exercise in ExerciseCatalog(lesson: lesson).exercises {
            answers[exercise.id] = exercise.codeCells.map { lesson.cells[$0].source }
        }
        return answers
    }

    /// The key with some cells' code replaced.
    static func splice(_ key: Lesson, _ sources: [Int: String]) -> Lesson {
        let blocks = key.blocks.map { block -> LessonBlock in
            guard case .cell(let cell) = block, let source = sources[cell.index] else { return block }
            return .cell(CodeCell(index: cell.index, source: source, attributes: cell.attributes, range: cell.range,
                                  firstCodeLine: cell.firstCodeLine, expected: cell.expected, fence: cell.fence,
                                  byteRange: cell.byteRange))
        }
        return Lesson(file: key.file, source: key.source, frontMatter: key.frontMatter, blocks: blocks,
                      diagnostics: key.diagnostics, lineEnding: key.lineEnding)
    }

    /// Lesson code may shadow any host function; an answer that shadows `expect` would pass
    /// every check, so it is refused.
    static func redefinesExpect(_ source: String) -> Bool {
        source.range(of: #"\b(func|let|var)\s+expect\b"#, options: .regularExpression) != nil
    }

    static func summary(_ failure: ExerciseFailure) -> String {
        let first = failure.message.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        switch failure.kind {
        case .output: return "output differs: \(first)"
        case .expectation: return "expectation failed: \(first)"
        case .error: return "error: \(first)"
        case .timeLimit: return "stopped: \(first)"  // the message says "time limit of N s exceeded"
        }
    }
}

/// One student's result on one exercise: a row of the CSV, an element of the JSON.
public struct GradeRow: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable { case solved, failed, missing }
    public let student: String
    /// The key lesson the exercise belongs to.
    public let lesson: String
    /// The student's file graded, nil when missing.
    public let submission: String?
    public let exercise: String
    public let status: Status
    public let checksPassed: Int
    public let checksTotal: Int
    public let hiddenPassed: Int
    public let hiddenTotal: Int
    /// checksPassed / checksTotal, rounded to 4 decimals.
    public let score: Double
    /// The number of the first failing check (counting hidden ones), when a check failed.
    public let failedCheck: Int?
    /// Why it is not solved, one line.
    public let message: String?

    enum CodingKeys: String, CodingKey {
        case student, lesson, submission, exercise, status, score, message
        case checksPassed = "checks_passed", checksTotal = "checks_total"
        case hiddenPassed = "hidden_passed", hiddenTotal = "hidden_total"
        case failedCheck = "failed_check"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(student, forKey: .student)
        try c.encode(lesson, forKey: .lesson)
        try c.encode(submission, forKey: .submission)
        try c.encode(exercise, forKey: .exercise)
        try c.encode(status, forKey: .status)
        try c.encode(checksPassed, forKey: .checksPassed)
        try c.encode(checksTotal, forKey: .checksTotal)
        try c.encode(hiddenPassed, forKey: .hiddenPassed)
        try c.encode(hiddenTotal, forKey: .hiddenTotal)
        try c.encode(score, forKey: .score)
        try c.encode(failedCheck, forKey: .failedCheck)
        try c.encode(message, forKey: .message)
    }
}
