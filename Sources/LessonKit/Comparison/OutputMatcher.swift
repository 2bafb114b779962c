/// Decides whether a cell's actual output matches its expected output block.
///
/// - exact (default): equal after ignoring line-break style, trailing spaces per line and
///   blank lines at the end;
/// - `approx` / `atol` / `rtol`: numbers within tolerance, other text exact, tensors by shape and values;
/// - `ellipsis`: `...` matches any text in a line, a `...` line matches any lines;
/// - `nondeterministic`: always matches.
public enum OutputMatcher {
    /// Compares one output block's text with what the cell produced, under `options`.
    /// Line numbers in the reason count from `firstLine` (the file line of the block's first
    /// content line, so that they agree with the diff's).
    public static func compare(expected: String, actual: String, options: OutputOptions, firstLine: Int = 1) -> OutputComparison {
        if options.nondeterministic { return .match }
        let expectedLines = OutputNormalization.lines(expected)
        let actualLines = OutputNormalization.lines(actual)
        let reason: String?
        if options.ellipsis {
            let matched = EllipsisMatcher.matches(pattern: expectedLines, lines: actualLines) { pattern, line in
                options.approx
                    ? ApproximateMatcher.difference(expected: pattern, actual: line, atol: options.atol, rtol: options.rtol) == nil
                    : pattern == line
            }
            reason = matched ? nil : "the output does not fit the pattern (… matches any text)"
        } else if options.approx {
            reason = ApproximateMatcher.difference(
                expected: expectedLines.joined(separator: "\n"), actual: actualLines.joined(separator: "\n"),
                atol: options.atol, rtol: options.rtol, firstLine: firstLine)
        } else if expectedLines == actualLines {
            reason = nil
        } else {
            reason = differingLines(expectedLines, actualLines, firstLine: firstLine)
        }
        guard let reason else { return .match }
        return .mismatch(OutputMismatch(summary: reason, diff: UnifiedDiff(expected: expectedLines, actual: actualLines)))
    }

    /// "line 7 differs", "lines 7 and 9 differ", "lines 7, 9, 12 and 4 more differ", with what
    /// is missing or extra at the end.
    static func differingLines(_ expected: [String], _ actual: [String], firstLine: Int) -> String {
        let common = min(expected.count, actual.count)
        let changed = (0..<common).filter { expected[$0] != actual[$0] }.map { $0 + firstLine }
        var parts: [String] = []
        // A tab where spaces were expected looks the same on a terminal: say so.
        let onlyWhitespace = !changed.isEmpty && changed.allSatisfy { line in
            let index = line - firstLine
            return expected[index].filter { !$0.isWhitespace } == actual[index].filter { !$0.isWhitespace }
        }
        let whitespaceNote = onlyWhitespace ? " (only in whitespace: tabs or spaces)" : ""
        switch changed.count {
        case 0: break
        case 1: parts.append("line \(changed[0]) differs\(whitespaceNote)")
        case 2: parts.append("lines \(changed[0]) and \(changed[1]) differ\(whitespaceNote)")
        case 3: parts.append("lines \(changed[0]), \(changed[1]) and \(changed[2]) differ\(whitespaceNote)")
        default: parts.append("lines \(changed[0]), \(changed[1]), \(changed[2]) and \(changed.count - 3) more differ\(whitespaceNote)")
        }
        let end = common + firstLine
        if expected.count > actual.count {
            let missing = expected.count - actual.count
            parts.append(missing == 1 ? "line \(end) is missing" : "lines \(end)-\(end + missing - 1) are missing")
        } else if actual.count > expected.count {
            let extra = actual.count - expected.count
            parts.append(extra == 1 ? "one more line was printed" : "\(extra) more lines were printed")
        }
        return parts.joined(separator: "; ")
    }
}
