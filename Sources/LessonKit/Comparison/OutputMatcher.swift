/// Decides whether a cell's actual output matches its expected output block.
///
/// - exact (default): equal after ignoring line-break style, trailing spaces per line and
///   blank lines at the end;
/// - `approx` / `atol` / `rtol`: numbers within tolerance, other text exact, tensors by shape and values;
/// - `ellipsis`: `...` matches any text in a line, a `...` line matches any lines;
/// - `nondeterministic`: always matches.
public enum OutputMatcher {
    /// Compares one output block's text with what the cell produced, under `options`.
    public static func compare(expected: String, actual: String, options: OutputOptions) -> OutputComparison {
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
                atol: options.atol, rtol: options.rtol)
        } else if expectedLines == actualLines {
            reason = nil
        } else {
            let line = expectedLines.indices.first { $0 < actualLines.count && expectedLines[$0] != actualLines[$0] }.map { $0 + 1 }
                ?? min(expectedLines.count, actualLines.count) + 1
            reason = "line \(line) differs"
        }
        guard let reason else { return .match }
        return .mismatch(OutputMismatch(summary: reason, diff: UnifiedDiff(expected: expectedLines, actual: actualLines)))
    }
}
