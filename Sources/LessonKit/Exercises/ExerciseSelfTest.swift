import Foundation

/// `lesson test --exercises`: proves, for authors, that each exercise is gradeable. For every
/// lesson with exercises:
/// - the exercises are well formed (markers closed, hints for known exercises, checks exist);
/// - each reference solution passes every check, hidden ones included (the key runs as is);
/// - the student copy parses, keeps no solution marker, its other cells still pass, and each
///   placeholder fails at least one check (a student gets nothing for free).
public struct ExerciseSelfTest: Sendable {
    public let runner: LessonRunner

    public init(runner: LessonRunner = LessonRunner()) { self.runner = runner }

    public func run(files: [String]) throws -> [ExerciseProof] {
        let lessons = try files.map { try LessonFileSnapshot.read(URL(fileURLWithPath: $0)).lesson() }
        let loaded = Dictionary(uniqueKeysWithValues: zip(files, lessons))
        let preludes = LessonDiscovery.savedCells(before: files, loaded: loaded)
        return zip(lessons, preludes).compactMap { lesson, prelude in
            let catalog = ExerciseCatalog(lesson: lesson)
            guard !catalog.isEmpty || !catalog.issues.isEmpty else { return nil }
            return prove(lesson, catalog: catalog, prelude: prelude)
        }
    }

    public func prove(_ lesson: Lesson, catalog: ExerciseCatalog, prelude: [SavedCell]) -> ExerciseProof {
        var failures = catalog.issues.map(\.description)
        var passed = 0
        let key = ExerciseChecker(runner: runner).check(lesson, prelude: prelude)
        for result in key.results {
            if let failure = result.failures.first {
                failures.append("\(failure.location): the reference solution of '\(result.exercise.id)' fails"
                    + "\(failure.check.map { " check \($0.number)" } ?? ""): \(firstLine(failure.message))")
            } else {
                passed += 1
            }
        }
        guard catalog.issues.isEmpty, let text = try? StudentCopy.make(from: lesson, catalog: catalog) else {
            return ExerciseProof(file: lesson.file, exercises: catalog.exercises.count, passed: passed, failures: failures)
        }
        let copy = Lesson.parse(text: text, file: lesson.file + " (student copy)")
        var copySound = true
        for diagnostic in copy.diagnostics where diagnostic.severity == .error {
            failures.append("the student copy does not parse: \(diagnostic)")
            copySound = false
        }
        let leftovers = copy.source.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { SolutionMarkers.marker(String($0)) != nil }
        if !leftovers.isEmpty {
            failures.append("\(lesson.file): the student copy still holds solution markers")
            copySound = false
        }
        let student = ExerciseChecker(runner: runner).check(copy, prelude: prelude)
        for (cellIndex, failure) in student.otherFailures {
            failures.append("\(failure.location): in the student copy, cell \(cellIndex + 1) (not an exercise) fails: "
                + firstLine(failure.message))
            copySound = false
        }
        if copySound { passed += 1 }
        for result in student.results {
            if result.solved {
                failures.append("\(lesson.file):\(result.exercise.line): the placeholder of '\(result.exercise.id)' "
                    + "passes every check: a student would solve it by doing nothing")
            } else {
                passed += 1
            }
        }
        return ExerciseProof(file: lesson.file, exercises: catalog.exercises.count, passed: passed, failures: failures)
    }

    private func firstLine(_ text: String) -> String {
        String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
    }
}

/// The outcome of `ExerciseSelfTest` for one lesson. `passed` counts proofs: one per reference
/// solution, one per placeholder, one for the student copy as a whole.
public struct ExerciseProof: Sendable {
    public let file: String
    public let exercises: Int
    public let passed: Int
    public let failures: [String]
    public var succeeded: Bool { failures.isEmpty }

    /// `ok   FILE (N exercises: solutions pass, placeholders fail)` or `FAIL FILE` and reasons.
    public func render(style: Style) -> String {
        let count = "\(exercises) exercise\(exercises == 1 ? "" : "s")"
        if succeeded {
            return "\(style.green("ok"))   \(file) \(style.dim("(\(count): solutions pass, placeholders fail)"))\n"
        }
        return "\(style.red("FAIL")) \(file) \(style.dim("(\(count), \(failures.count) failed)"))\n"
            + failures.map { "  \($0)\n" }.joined()
    }
}
