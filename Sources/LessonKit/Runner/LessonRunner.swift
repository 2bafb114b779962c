import Foundation
import ConvEngine
import Swiftlet

/// Runs one lesson: a fresh interpreter session and engine context, the saved cells of earlier
/// lessons, then every cell in order, each judged against its output block.
public struct LessonRunner: Sendable {
    public let settings: RunSettings

    public init(settings: RunSettings = RunSettings()) { self.settings = settings }

    public func run(_ lesson: Lesson, prelude: [SavedCell] = []) -> LessonReport {
        let started = DispatchTime.now()
        // Saved cells of earlier lessons draw from a generator in the state a fresh process
        // starts in, as the compiled export runs them (before the lesson's `manualSeed`); they
        // draw the same numbers before every lesson.
        let context = EngineContext(seed: Generator.defaultSeed, limits: settings.engineLimits)
        let session = Session(library: EngineBindings.library(context), limits: limits(for: nil))
        session.around = { body in context.withBudget(body) }
        var problems = lesson.diagnostics
        for saved in prelude {
            let result = execute(saved.cell, file: saved.file, in: session)
            if let error = result.error {
                problems.append(problem(error, lesson: lesson, note: "in a saved cell of \(saved.file)"))
            }
        }
        // The seed applies after the saved declarations, so a lesson's draws do not depend on
        // which lessons come before it.
        context.generator.manualSeed(lesson.frontMatter.seed)
        var outcomes: [CellOutcome] = []
        for cell in lesson.cells {
            // A cell whose fence is never closed runs to the end of the file, prose included:
            // not run (the unclosed fence is reported on its own).
            if cell.attributes.ignore || !cell.fence.isClosed {
                outcomes.append(CellOutcome(cellIndex: cell.index, actual: "", status: .skipped, displays: []))
                continue
            }
            let result = execute(cell, file: lesson.file, in: session)
            outcomes.append(CellJudge(lesson: lesson, frontMatter: lesson.frontMatter).judge(cell, result))
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return LessonReport(lesson: lesson, outcomes: outcomes, problems: problems, seconds: seconds)
    }

    private func limits(for cell: CodeCell?) -> Limits {
        Limits(timeLimit: cell?.attributes.timeout ?? settings.timeLimit, maxCallDepth: settings.maxCallDepth)
    }

    private func execute(_ cell: CodeCell, file: String, in session: Session) -> CellResult {
        session.limits = limits(for: cell)
        return session.run(source: cell.source, file: file, firstLine: cell.firstCodeLine)
    }

    private func problem(_ d: Diagnostic, lesson: Lesson, note: String) -> LessonDiagnostic {
        LessonDiagnostic(file: d.file.isEmpty ? lesson.file : d.file, line: d.range.start.line,
                         column: d.range.start.column, message: "\(d.message) (\(note))", kind: .savedCellFailed)
    }
}
