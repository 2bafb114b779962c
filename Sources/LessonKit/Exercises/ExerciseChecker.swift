import Foundation

/// Runs a lesson (a student's copy or a key) and judges its exercises: what `lesson check`
/// does before printing. Student code runs under the runner's limits (time per cell, call
/// depth, tensor sizes), in-process.
public struct ExerciseChecker: Sendable {
    public let runner: LessonRunner

    public init(runner: LessonRunner = LessonRunner()) { self.runner = runner }

    /// Reads, parses and runs `file` with the saved cells of the lessons before it in its folder.
    public func check(file: String) throws -> ExerciseCheckReport {
        let lesson = try LessonFileSnapshot.read(URL(fileURLWithPath: file)).lesson()
        return check(lesson, prelude: LessonDiscovery.savedCells(before: file, loaded: [file: lesson]))
    }

    public func check(_ lesson: Lesson, prelude: [SavedCell]) -> ExerciseCheckReport {
        let catalog = ExerciseCatalog(lesson: lesson)
        let report = runner.run(lesson, prelude: prelude)
        return ExerciseCheckReport(catalog: catalog, report: report,
                                   results: ExerciseVerdict.results(report, catalog: catalog))
    }
}

/// The exercises' results and what else failed in the same run.
public struct ExerciseCheckReport: Sendable {
    public let catalog: ExerciseCatalog
    public let report: LessonReport
    public let results: [ExerciseResult]

    /// The student's code for an exercise (its code cells, in order): what a hint answers.
    public func answer(of exercise: Exercise) -> String {
        exercise.codeCells.map { report.lesson.cells[$0].source }.joined(separator: "\u{0}")
    }

    public var solvedCount: Int { results.filter(\.solved).count }
    public var allSolved: Bool { results.allSatisfy(\.solved) }

    /// Failures of cells that belong to no exercise: the student changed (or broke) the lesson
    /// around the exercises, which may explain an exercise's failure.
    public var otherFailures: [(cellIndex: Int, failure: CellFailure)] {
        let exerciseCells = Set(catalog.exercises.flatMap { $0.codeCells + $0.checks.map(\.cellIndex) })
        return report.outcomes.compactMap { outcome in
            guard !exerciseCells.contains(outcome.cellIndex), case .failed(let failure) = outcome.status else { return nil }
            return (outcome.cellIndex, failure)
        }
    }
}
