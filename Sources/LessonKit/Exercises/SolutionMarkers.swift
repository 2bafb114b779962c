import Foundation
import CommonMark

/// Finds the solution regions of an exercise cell. In the key a region reads
///
///     // BEGIN SOLUTION
///     let K = tensor([[1], [-1]])
///     // PLACEHOLDER
///     // let K = zeros(2, 1)
///     // END SOLUTION
///
/// The placeholder part is optional and written as comments, so the key runs as it is; the
/// student copy shows it uncommented instead of the solution.
enum SolutionMarkers {
    static let begin = "BEGIN SOLUTION"
    static let end = "END SOLUTION"
    static let placeholder = "PLACEHOLDER"
    /// What a region without a placeholder becomes in the student copy.
    static let defaultPlaceholder = "// YOUR CODE HERE"

    /// The file lines holding a cell's code (between its fences).
    static func contentLines(of cell: CodeCell, in lines: SourceLines) -> ClosedRange<Int>? {
        let last = (cell.fence.closingLine ?? (lines.count + 1)) - 1
        return cell.firstCodeLine <= last ? cell.firstCodeLine...last : nil
    }

    /// The marker a line holds (`BEGIN SOLUTION`, `END SOLUTION`, `PLACEHOLDER`), if any.
    static func marker(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("//") else { return nil }
        let word = trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces)
        return [begin, end, placeholder].contains(word) ? word : nil
    }

    /// Regions of one cell. `wholeCell` is a `solution` cell: all its lines are the region.
    static func regions(in cell: CodeCell, lines: SourceLines, file: String, wholeCell: Bool)
        -> (regions: [SolutionRegion], issues: [ExerciseIssue]) {
        guard let content = contentLines(of: cell, in: lines) else { return ([], []) }
        var regions: [SolutionRegion] = []
        var issues: [ExerciseIssue] = []
        func issue(_ line: Int, _ message: String) { issues.append(ExerciseIssue(file: file, line: line, message: message)) }

        var open: Int? = wholeCell ? content.lowerBound : nil
        var placeholderAt: Int?
        for line in content {
            let text = lines.text(ofLine: line)
            switch marker(text) {
            case begin?:
                if wholeCell { issue(line, "a `solution` cell is a solution region already; remove `// BEGIN SOLUTION`") }
                else if let start = open { issue(line, "`// BEGIN SOLUTION` inside the region opened at line \(start); close it first") }
                else { open = line; placeholderAt = nil }
            case placeholder?:
                if open == nil { issue(line, "`// PLACEHOLDER` outside a solution region") }
                else if let earlier = placeholderAt { issue(line, "second `// PLACEHOLDER` in one region (the first is at line \(earlier))") }
                else { placeholderAt = line }
            case end?:
                if wholeCell { issue(line, "a `solution` cell is a solution region already; remove `// END SOLUTION`") }
                else if let start = open {
                    regions.append(region(cell, start, line, placeholderAt, markers: true, lines))
                    open = nil
                    placeholderAt = nil
                } else { issue(line, "`// END SOLUTION` without a `// BEGIN SOLUTION` before it") }
            default:
                if placeholderAt != nil, !text.trimmingCharacters(in: .whitespaces).isEmpty,
                   !text.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                    issue(line, "placeholder lines are comments in the key (`// code`), so that the key still runs")
                }
            }
        }
        if wholeCell {
            regions.append(region(cell, content.lowerBound, content.upperBound, placeholderAt, markers: false, lines))
        } else if let start = open {
            issue(start, "`// BEGIN SOLUTION` is never closed by `// END SOLUTION`")
        }
        return (regions, issues)
    }

    private static func region(_ cell: CodeCell, _ first: Int, _ last: Int, _ placeholderAt: Int?,
                               markers: Bool, _ lines: SourceLines) -> SolutionRegion {
        let solutionStart = markers ? first + 1 : first
        let solutionEnd = (placeholderAt ?? (markers ? last : last + 1)) - 1
        var placeholder: String?
        if let at = placeholderAt {
            let end = markers ? last - 1 : last
            placeholder = at < end ? ((at + 1)...end).map { uncommented($0, lines) }.joined() : ""
        }
        return SolutionRegion(cellIndex: cell.index, firstLine: first, lastLine: last,
                              solutionLines: solutionStart <= solutionEnd ? solutionStart...solutionEnd : nil,
                              placeholder: placeholder)
    }

    /// A placeholder line as students see it: `    // let K = …` becomes `    let K = …`.
    private static func uncommented(_ line: Int, _ lines: SourceLines) -> String {
        let text = lines.text(ofLine: line)
        let indent = text.prefix { $0 == " " || $0 == "\t" }
        var rest = text.dropFirst(indent.count)
        if rest.hasPrefix("//") { rest = rest.dropFirst(2) }
        if rest.hasPrefix(" ") { rest = rest.dropFirst() }
        return String(indent) + String(rest) + (lines.lineBreak(ofLine: line) ?? "\n")
    }
}
