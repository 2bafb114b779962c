import Foundation
import Swiftlet

/// One lesson as an exported program: its runnable cells in order, the saved declarations of
/// the lessons before it, and the interpreter's output of each cell to compare with.
enum LessonProgram {
    static func make(_ report: LessonReport, prelude: [SavedCell], target: String) -> (ExportedProgram, String) {
        let lesson = report.lesson
        var text = SwiftProgramText()
        text.prelude = prelude.map { SwiftProgramText.Piece(file: $0.file, cell: $0.cell) }
        text.seed = lesson.frontMatter.seed
        var cells: [ExportedCell] = []
        var leftOut: [LeftOutCell] = []
        for cell in lesson.cells {
            if let reason = reasonLeftOut(cell) {
                leftOut.append(LeftOutCell(index: cell.index, line: cell.firstCodeLine, reason: reason))
                continue
            }
            text.cells.append(SwiftProgramText.Piece(file: lesson.file, cell: cell))
            let outcome = report.outcome(for: cell)
            var exported = ExportedCell(index: cell.index, line: cell.firstCodeLine,
                                        interpreted: outcome?.actual ?? "", compared: true, reason: nil)
            if cell.expected?.options.nondeterministic == true {
                exported.compared = false
                exported.reason = "its output is marked nondeterministic"
            } else if let outcome, case .failed(let failure) = outcome.status, case .error = failure.kind {
                exported.compared = false
                exported.reason = "the interpreter failed: \(failure.message)"
            }
            cells.append(exported)
        }
        text.header = header(lesson.file, prelude: prelude, leftOut: leftOut)
        let program = ExportedProgram(target: target, source: lesson.file, kind: .lesson, cells: cells, leftOut: leftOut)
        return (program, text.render())
    }

    /// Cells a compiled program cannot hold: `error` cells must fail (most would not even
    /// compile), `ignore` cells never run.
    static func reasonLeftOut(_ cell: CodeCell) -> String? {
        if cell.attributes.ignore { return "marked ignore (never run)" }
        if cell.attributes.expectsError { return "marked error (expected to fail)" }
        return nil
    }

    static func header(_ file: String, prelude: [SavedCell], leftOut: [LeftOutCell]) -> [String] {
        var lines = [
            "\(file), exported by `lesson export swift`.",
            "Each cell's output follows a marker line printed by lessonCellStart(N); the value a cell",
            "displays is printed by lessonDisplay(...). Both come from LessonPrelude.",
        ]
        let sources = Array(Set(prelude.map(\.file))).sorted()
        if !sources.isEmpty { lines.append("Saved declarations come from: \(sources.joined(separator: ", ")).") }
        for cell in leftOut { lines.append("Cell \(cell.index) (line \(cell.line)) is left out: \(cell.reason).") }
        return lines
    }
}

/// One of the interpreter's golden programs: the whole file is one cell, run by a plain
/// session (no engine), compiled with Foundation and the prelude only.
enum GoldenProgram {
    /// How a golden program says it must fail (scripts/verify-golden skips these too).
    static let diagnosticsMarker = "// expect-error:"

    static func make(file: String, target: String) throws -> (ExportedProgram, String) {
        let source = try String(contentsOf: URL(fileURLWithPath: file), encoding: .utf8)
        var text = SwiftProgramText()
        text.imports = ["Foundation", "LessonPrelude"]
        text.header = ["\(file), a golden program of the interpreter, exported by `lesson export swift`."]
        var cells: [ExportedCell] = []
        var leftOut: [LeftOutCell] = []
        if source.contains(diagnosticsMarker) {
            // A test of the interpreter's diagnostics: Swift rejects it too, there is nothing to run.
            leftOut.append(LeftOutCell(index: 0, line: 1, reason: "marked \(diagnosticsMarker) (a diagnostics test)"))
            text.header.append("Left out: it is a diagnostics test (\(diagnosticsMarker)).")
            return (ExportedProgram(target: target, source: file, kind: .golden, cells: [], leftOut: leftOut), text.render())
        }
        let result = Session().run(source: source, file: file)
        if let error = result.error {
            // A program that must fail in the interpreter is a test of its diagnostics, not of Swift's meaning.
            leftOut.append(LeftOutCell(index: 0, line: 1, reason: "the interpreter reports an error at line \(error.range.start.line): \(error.message)"))
            text.header.append("Left out: the interpreter reports an error (\(error.message)).")
        } else {
            text.cells = [SwiftProgramText.Piece(file: file, index: 0, source: source, line: 1)]
            cells.append(ExportedCell(index: 0, line: 1, interpreted: CellJudge.transcript(result), compared: true, reason: nil))
        }
        let program = ExportedProgram(target: target, source: file, kind: .golden, cells: cells, leftOut: leftOut)
        return (program, text.render())
    }
}
