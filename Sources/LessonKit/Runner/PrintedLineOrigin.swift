import Swiftlet

/// Finds the statement behind a wrong output line: the `print` call whose text covers the
/// first line that differs, so a failure points at the code to fix, not only at the cell.
enum PrintedLineOrigin {
    /// The file line of that `print`, or nil when the line came from the cell's displayed value
    /// (or from nothing: the output ended early), where the cell itself is the best place.
    static func statementLine(of diff: UnifiedDiff, actual: String, printed: Int, sites: [PrintSite]) -> Int? {
        guard let lineNumber = firstDifferingActualLine(diff) else { return nil }
        let start = utf8Offset(ofLine: lineNumber, in: actual)
        guard start < printed else { return nil }
        return sites.last { $0.outputOffset <= start && $0.line > 0 }?.line
    }

    /// 1-based line of the actual output where the first hunk's first change sits.
    static func firstDifferingActualLine(_ diff: UnifiedDiff) -> Int? {
        guard let hunk = diff.hunks.first else { return nil }
        var line = hunk.actualStart
        for entry in hunk.lines {
            switch entry {
            case .context: line += 1
            case .added, .removed: return line
            }
        }
        return nil
    }

    /// Where line `n` (1-based) starts, in UTF-8 bytes; the text's end when it has fewer lines.
    static func utf8Offset(ofLine n: Int, in text: String) -> Int {
        var line = 1
        var offset = 0
        for byte in text.utf8 {
            if line == n { return offset }
            offset += 1
            if byte == UInt8(ascii: "\n") { line += 1 }
        }
        return offset
    }
}
