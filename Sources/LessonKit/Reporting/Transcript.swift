/// `lesson run`: the notebook as it ran, each cell's code then what it actually produced.
public enum Transcript {
    public static func render(_ report: LessonReport, style: Style) -> String {
        var out = ""
        let lesson = report.lesson
        if let title = lesson.frontMatter.title { out += style.bold(title) + "\n\n" }
        for problem in report.problems { out += "\(problem)\n" }
        for cell in lesson.cells {
            let header = "[\(cell.index + 1)] \(lesson.file):\(cell.firstCodeLine)"
            out += style.dim("── \(header) " + String(repeating: "─", count: max(3, 60 - header.count))) + "\n"
            out += cell.source
            if !cell.source.hasSuffix("\n") { out += "\n" }
            guard let outcome = report.outcome(for: cell) else { continue }
            if case .skipped = outcome.status { out += style.dim("(ignored, not run)") + "\n"; continue }
            if !outcome.actual.isEmpty {
                out += style.dim("── output") + "\n" + outcome.actual
                if !outcome.actual.hasSuffix("\n") { out += "\n" }
            }
            if case .failed(let failure) = outcome.status, case .error = failure.kind {
                out += style.red("\(failure.location): error: \(failure.message)") + "\n"
            }
        }
        return out
    }
}
