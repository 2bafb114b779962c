/// What `lesson check` prints for one lesson: each exercise solved or not, and for one that is
/// not, the check that failed, its diff or message, and the hint revealed by this run.
public struct CheckReportText {
    public let style: Style
    public init(style: Style) { self.style = style }

    public func render(_ check: ExerciseCheckReport, hints: [String: RevealedHint]) -> String {
        let file = check.report.lesson.file
        guard !check.results.isEmpty else { return "\(file): no exercises\n" }
        var out = "\(style.bold(file)): \(check.solvedCount) of \(check.results.count) exercise"
            + "\(check.results.count == 1 ? "" : "s") solved\n"
        for issue in check.catalog.issues {
            out += "  \(issue.file):\(issue.line): \(style.red("error")): \(issue.message)\n"
        }
        for result in check.results {
            out += exerciseText(result, hint: hints[result.exercise.id])
        }
        for (cellIndex, failure) in check.otherFailures {
            out += "  \(style.yellow("note")): cell \(cellIndex + 1) at \(failure.location) is not part of an exercise "
                + "and failed: \(firstLine(failure.message))\n"
        }
        return out
    }

    func exerciseText(_ result: ExerciseResult, hint: RevealedHint?) -> String {
        let exercise = result.exercise
        let checks = "\(result.checksTotal) check\(result.checksTotal == 1 ? "" : "s")"
        guard let failure = result.failures.first else {
            return "  \(style.green("solved"))     \(exercise.id) \(style.dim("(\(checks))"))\n"
        }
        var out = "  \(style.red("not solved")) \(exercise.id): "
        if let check = failure.check {
            out += "check \(check.number) of \(result.checksTotal) failed"
            if result.failures.count > 1 { out += " (and \(result.failures.count - 1) more)" }
        } else {
            out += "your code stops with an error"
        }
        out += "\n"
        out += "    \(failure.location): \(label(failure.kind)): "
            + failure.message.replacingOccurrences(of: "\n", with: "\n      ") + "\n"
        if let diff = failure.diff { out += indent(diff, by: "      ") }
        if let hint {
            out += "    \(style.yellow("hint \(hint.number) of \(hint.total)")): "
                + hint.text.replacingOccurrences(of: "\n", with: "\n      ") + "\n"
        }
        return out
    }

    private func label(_ kind: ExerciseFailure.Kind) -> String {
        switch kind {
        case .output: return style.red("output differs")
        case .expectation: return style.red("expectation failed")
        case .error: return style.red("error")
        case .timeLimit: return style.red("stopped")  // the message says "time limit of N s exceeded"
        }
    }

    private func firstLine(_ text: String) -> String {
        String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
    }

    private func indent(_ text: String, by prefix: String) -> String {
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return body.split(separator: "\n", omittingEmptySubsequences: false).map { prefix + $0 }.joined(separator: "\n") + "\n"
    }
}
