import CommonMark
import Foundation

/// The exercises of one lesson, read from its cells and hint fences:
///
///     ```swift exercise=edge           the code the student edits (solution regions inside)
///     ```swift exercise=edge check     a check: `expect(...)` calls, maybe an output block
///     ```swift exercise=edge check hidden   a check kept out of the student copy
///     ```hint exercise=edge            prose, revealed one hint per failed `lesson check`
///
/// Problems (an unknown exercise in a hint, an unclosed region, an exercise without checks)
/// become `issues`; the catalog is still built from what could be read.
public struct ExerciseCatalog: Sendable {
    public let file: String
    public let exercises: [Exercise]
    public let issues: [ExerciseIssue]

    public init(lesson: Lesson) {
        file = lesson.file
        let lines = SourceLines(lesson.source)
        var issues: [ExerciseIssue] = []
        var order: [String] = []
        var drafts: [String: Draft] = [:]
        var lastProse = ""
        var previousWasProse = false

        func draft(_ id: String, line: Int) -> Draft {
            if let existing = drafts[id] { return existing }
            order.append(id)
            return Draft(prompt: previousWasProse ? lastProse : "", line: line)
        }

        for block in lesson.blocks {
            switch block {
            case .prose(let prose):
                lastProse = prose.markdown.trimmingCharacters(in: .whitespacesAndNewlines)
                previousWasProse = true
                continue
            case .cell(let cell):
                let a = cell.attributes
                guard let id = a.exercise else {
                    if a.check || a.solution || a.hint {
                        issues.append(ExerciseIssue(file: file, line: cell.range.start.line,
                            message: "`check`, `solution` and `hint` need `exercise=ID` on the same fence"))
                    }
                    issues += Self.strayMarkers(cell, lines, file)
                    break
                }
                if !Self.isValidID(id) {
                    issues.append(ExerciseIssue(file: file, line: cell.range.start.line,
                        message: "exercise id '\(id)' should use only letters, digits, '-', '_' and '.' (it names CSV rows and hint state)"))
                }
                var entry = draft(id, line: cell.range.start.line)
                if a.hint {
                    issues.append(ExerciseIssue(file: file, line: cell.range.start.line,
                        message: "a hint is prose in a ```hint exercise=\(id) fence, not a swift cell"))
                }
                if a.save {
                    issues.append(ExerciseIssue(file: file, line: cell.range.start.line,
                        message: "an exercise cell cannot be `save`: later lessons would see the student's placeholder"))
                }
                if a.check {
                    if a.solution {
                        issues.append(ExerciseIssue(file: file, line: cell.range.start.line,
                            message: "a cell is either a `check` or a `solution`, not both"))
                    }
                    issues += Self.strayMarkers(cell, lines, file)
                    entry.checks.append((.checkCell, cell.index, a.hidden, cell.range.start.line))
                } else {
                    entry.codeCells.append(cell.index)
                    let found = SolutionMarkers.regions(in: cell, lines: lines, file: file, wholeCell: a.solution)
                    entry.regions += found.regions
                    issues += found.issues
                    if let expected = cell.expected, !expected.options.nondeterministic {
                        entry.checks.append((.expectedOutput, cell.index, false, expected.range.start.line))
                    }
                }
                drafts[id] = entry
            case .fence(let fence) where fence.language == "hint":
                let line = fence.range.start.line
                let words = fence.info.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst()
                var id: String?
                for word in words {
                    if word.hasPrefix("exercise="), word.count > "exercise=".count { id = String(word.dropFirst("exercise=".count)) }
                    else { issues.append(ExerciseIssue(file: file, line: line, message: "unknown word '\(word)' on a hint fence (write ```hint exercise=ID)")) }
                }
                guard let id else {
                    issues.append(ExerciseIssue(file: file, line: line, message: "a hint fence needs `exercise=ID`"))
                    break
                }
                guard var entry = drafts[id] else {
                    issues.append(ExerciseIssue(file: file, line: line,
                        message: "hint for exercise '\(id)', which has no cell before it"))
                    break
                }
                entry.hints.append(ExerciseHint(text: fence.literal.trimmingCharacters(in: .whitespacesAndNewlines), line: line))
                drafts[id] = entry
            case .output, .fence:
                break
            }
            previousWasProse = false
        }

        exercises = order.compactMap { id in
            guard let d = drafts[id] else { return nil }
            let checks = d.checks.enumerated().map { n, c in
                ExerciseCheck(number: n + 1, kind: c.kind, cellIndex: c.cell, hidden: c.hidden, line: c.line)
            }
            return Exercise(id: id, prompt: d.prompt, line: d.line, codeCells: d.codeCells, checks: checks,
                            hints: d.hints, regions: d.regions)
        }
        for exercise in exercises {
            if exercise.codeCells.isEmpty {
                issues.append(ExerciseIssue(file: file, line: exercise.line,
                    message: "exercise '\(exercise.id)' has checks but no cell for the student to edit"))
            }
            if exercise.checks.isEmpty {
                issues.append(ExerciseIssue(file: file, line: exercise.line,
                    message: "exercise '\(exercise.id)' has no checks: give a cell an output block or add a `check` cell"))
            }
        }
        self.issues = issues.sorted { $0.line < $1.line }
    }

    public var isEmpty: Bool { exercises.isEmpty }

    public func exercise(_ id: String) -> Exercise? { exercises.first { $0.id == id } }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0) }
    }

    /// Solution markers outside an exercise's code cells would never be removed: say so.
    private static func strayMarkers(_ cell: CodeCell, _ lines: SourceLines, _ file: String) -> [ExerciseIssue] {
        guard let content = SolutionMarkers.contentLines(of: cell, in: lines) else { return [] }
        return content.compactMap { line in
            SolutionMarkers.marker(lines.text(ofLine: line)).map { _ in
                ExerciseIssue(file: file, line: line,
                              message: "solution markers belong in an exercise's code cell (`swift exercise=ID`, not `check`)")
            }
        }
    }

    private struct Draft {
        var prompt: String
        var line: Int
        var codeCells: [Int] = []
        var checks: [(kind: ExerciseCheck.Kind, cell: Int, hidden: Bool, line: Int)] = []
        var hints: [ExerciseHint] = []
        var regions: [SolutionRegion] = []
    }
}
