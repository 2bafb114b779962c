/// The text `lesson test` prints: one line per lesson, every failure with its places and diff,
/// and a last line exactly `N passed, N failed` (`, N skipped` when any) that CI tools read.
public struct TerminalReport {
    public let style: Style
    public init(style: Style) { self.style = style }

    public func render(_ reports: [LessonReport]) -> String {
        reports.map(lessonText).joined() + summary(reports) + "\n"
    }

    /// The failing lessons alone, each as `render` shows it, without the summary line: what
    /// `lesson render` prints so a failure's reason is not only inside the page.
    public func renderFailures(_ reports: [LessonReport]) -> String {
        reports.filter { !$0.succeeded }.map(lessonText).joined()
    }

    private func lessonText(_ report: LessonReport) -> String {
        var out = lessonLine(report) + "\n"
        for problem in report.problems {
            let tag = problem.severity == .error ? style.red("error") : style.yellow("warning")
            out += "  \(problem.file):\(problem.line):\(problem.column): \(tag): \(problem.message)\n"
        }
        for outcome in report.outcomes {
            guard case .failed(let failure) = outcome.status else { continue }
            out += failureText(failure, report: report, cellIndex: outcome.cellIndex)
        }
        return out
    }

    func lessonLine(_ report: LessonReport) -> String {
        let checks = report.passed + report.failed
        let ms = String(Int((report.seconds * 1000).rounded()))
        let counts = "\(checks) check\(checks == 1 ? "" : "s"), \(ms) ms"
        return report.succeeded
            ? "\(style.green("ok"))   \(report.lesson.file) \(style.dim("(\(counts))"))"
            : "\(style.red("FAIL")) \(report.lesson.file) \(style.dim("(\(report.failed) failed of \(counts))"))"
    }

    private func failureText(_ failure: CellFailure, report: LessonReport, cellIndex: Int) -> String {
        var out = ""
        switch failure.kind {
        case .mismatch(let diff):
            out += "  \(failure.outputLocation ?? failure.location): \(style.red("output differs")): \(failure.message)\n"
            out += "  \(failure.location): the code that printed it (cell \(cellIndex + 1))\n"
            out += indent(colouredDiff(diff))
        case .error(let kind):
            out += "  \(failure.location): \(style.red("error")) [\(kind)]: \(failure.message.replacingOccurrences(of: "\n", with: "\n    "))\n"
        case .unexpectedSuccess:
            out += "  \(failure.location): \(style.red("error")): \(failure.message)\n"
        }
        return out
    }

    private func colouredDiff(_ diff: String) -> String {
        diff.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("+++") || line.hasPrefix("---") { return style.bold(String(line)) }
            if line.hasPrefix("+") { return style.green(String(line)) }
            if line.hasPrefix("-") { return style.red(String(line)) }
            if line.hasPrefix("@@") { return style.yellow(String(line)) }
            return String(line)
        }.joined(separator: "\n")
    }

    private func indent(_ text: String) -> String {
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return body.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
    }

    /// `N passed, N failed[, N skipped]`, counted over checks (cells with an output block, `error`
    /// cells, cells that failed) and lesson-file problems.
    public func summary(_ reports: [LessonReport]) -> String {
        let passed = reports.reduce(0) { $0 + $1.passed }
        let failed = reports.reduce(0) { $0 + $1.failed }
        let skipped = reports.reduce(0) { $0 + $1.skipped }
        var line = "\(passed) passed, \(failed) failed"
        if skipped > 0 { line += ", \(skipped) skipped" }
        return line
    }
}
