import Foundation
import LessonPrelude

/// Compares what each compiled program printed with what the interpreter printed, cell by
/// cell. The compiled output is split on the marker lines `lessonCellStart` prints; text
/// before the first marker (saved declarations) is not compared.
public struct ExportComparison {
    /// A cell whose compiled output differs from the interpreter's, or is missing.
    public struct Difference: Sendable {
        public let program: ExportedProgram
        public let cell: ExportedCell
        /// One line: what is wrong.
        public let summary: String
        /// Unified diff, `-` interpreter lines and `+` compiled ones.
        public let diff: String

        public var report: String {
            var text = "DIFF \(program.source):\(cell.line): cell \(cell.index + 1) (\(program.target)): \(summary)"
            if !diff.isEmpty { text += "\n" + diff.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") }
            return text
        }
    }

    public struct Summary: Sendable {
        public var programs = 0
        public var cellsCompared = 0
        public var cellsNotCompared = 0
        public var differences: [Difference] = []
    }

    /// The cells of a program's compiled output, by cell index. Nil: no marker for that cell
    /// (the program stopped before it).
    public static func splitCells(_ output: String) -> [Int: String] {
        var cells: [Int: String] = [:]
        var current: Int?
        var text = ""
        func flush() { if let current { cells[current] = text } }
        for whole in output.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = whole
            // A cell whose output ends without a newline (`print(x, terminator: "")`) has the
            // next cell's marker on its last line.
            if current != nil, let marker = line.range(of: lessonCellMarkerPrefix), marker.lowerBound != line.startIndex {
                text += line[..<marker.lowerBound]
                line = line[marker.lowerBound...]
            }
            if line.hasPrefix(lessonCellMarkerPrefix), let index = Int(line.dropFirst(lessonCellMarkerPrefix.count)) {
                flush()
                current = index
                text = ""
            } else if current != nil {
                text += line + "\n"
            }
        }
        flush()
        return cells.mapValues { $0.hasSuffix("\n\n") ? String($0.dropLast()) : $0 }
    }

    /// A class without a description prints as `Module.Name`. A program's module is named
    /// after its target; a lesson, like a Swift script, is module `main`, as the interpreter
    /// prints it.
    static func scriptModuleNames(_ output: String, target: String) -> String {
        output.replacingOccurrences(of: target + ".", with: "main.")
    }

    /// Compares one program. `output` is what it printed; `status` its exit status.
    public static func compare(_ program: ExportedProgram, output: String, status: Int32) -> Summary {
        var summary = Summary()
        summary.programs = 1
        let compiled = splitCells(scriptModuleNames(output, target: program.target))
        for cell in program.cells {
            guard cell.compared else { summary.cellsNotCompared += 1; continue }
            summary.cellsCompared += 1
            guard let actual = compiled[cell.index] else {
                summary.differences.append(Difference(program: program, cell: cell,
                    summary: "the compiled program stopped before this cell (exit status \(status))", diff: ""))
                continue
            }
            if case .mismatch(let mismatch) = OutputMatcher.compare(expected: cell.interpreted, actual: actual, options: .exact) {
                let diff = mismatch.diff.rendered().replacingOccurrences(
                    of: "--- expected\n+++ actual\n", with: "--- interpreter\n+++ compiled Swift\n")
                summary.differences.append(Difference(program: program, cell: cell, summary: mismatch.summary, diff: diff))
            }
        }
        if status != 0, let last = program.cells.last(where: { compiled[$0.index] != nil }) {
            summary.differences.append(Difference(program: program, cell: last,
                summary: "the compiled program exited with status \(status) during or after this cell", diff: ""))
        }
        return summary
    }

    /// Compares every program of an export with the outputs in `outputs/<target>.txt`
    /// (and exit statuses in `outputs/<target>.status`, 0 when absent).
    public static func compare(exportDirectory dir: URL) throws -> Summary {
        let manifest = try ExportManifest.read(from: dir)
        var total = Summary()
        for program in manifest.programs {
            let outputs = dir.appendingPathComponent("outputs")
            let stdout = outputs.appendingPathComponent(program.target + ".txt")
            guard let data = try? Data(contentsOf: stdout) else {
                total.programs += 1
                if let first = program.cells.first {
                    total.differences.append(Difference(program: program, cell: first,
                        summary: "no output: \(stdout.path) is missing (was the program built and run?)", diff: ""))
                }
                continue
            }
            let statusText = (try? String(contentsOf: outputs.appendingPathComponent(program.target + ".status"), encoding: .utf8)) ?? "0"
            let status = Int32(statusText.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
            let one = compare(program, output: String(decoding: data, as: UTF8.self), status: status)
            total.programs += one.programs
            total.cellsCompared += one.cellsCompared
            total.cellsNotCompared += one.cellsNotCompared
            total.differences += one.differences
        }
        return total
    }
}
