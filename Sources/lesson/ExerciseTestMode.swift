import LessonKit

/// `lesson test --exercises`: the ordinary report, then one line per lesson with exercises
/// (reference solutions pass, placeholders fail), then the combined `N passed, N failed`.
enum ExerciseTestMode {
    static func report(_ reports: [LessonReport], _ proofs: [ExerciseProof], style: Style) -> String {
        let ordinary = TerminalReport(style: style)
        var lines = ordinary.render(reports).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }
        if !lines.isEmpty { lines.removeLast() }  // the ordinary summary; a combined one follows
        var out = lines.map { $0 + "\n" }.joined()
        out += "exercises:\n" + proofs.map { $0.render(style: style) }.joined()
        let passed = reports.reduce(0) { $0 + $1.passed } + proofs.reduce(0) { $0 + $1.passed }
        let failed = reports.reduce(0) { $0 + $1.failed } + proofs.reduce(0) { $0 + $1.failures.count }
        let skipped = reports.reduce(0) { $0 + $1.skipped }
        out += "\(passed) passed, \(failed) failed" + (skipped > 0 ? ", \(skipped) skipped" : "") + "\n"
        return out
    }
}
