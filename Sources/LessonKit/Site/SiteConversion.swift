import Foundation
import CommonMark
import LessonSite

/// Turns a lesson and the report of its run into the site's render model: prose through cmark
/// (math protected, raw HTML only when `unsafe`), each visible cell with the output it really
/// produced and the verdict of its check, figures as drawn SVG.
public enum SiteConversion {
    /// `lessonSlugs`: every lesson of the site by its standardized path (`LessonLinks.slugMap`),
    /// so links between lessons lead to their pages.
    public static func lesson(_ report: LessonReport, slug: String, unsafe: Bool, lessonSlugs: [String: String] = [:]) -> SiteLesson {
        let lesson = report.lesson
        let definitions = LinkReferenceDefinitions.lines(in: lesson.source)
        func renderHTML(markdown: String, unsafe: Bool) -> String {
            let withDefinitions = definitions.isEmpty ? markdown : markdown + "\n\n" + definitions + "\n"
            return LessonLinks.rewrite(CommonMark.renderHTML(markdown: withDefinitions, unsafe: unsafe), from: lesson.file, slugs: lessonSlugs)
        }
        var blocks: [SiteBlock] = []
        var hintsSeen: [String: Int] = [:]
        for block in lesson.blocks {
            switch block {
            case .prose(let prose):
                blocks.append(.prose(html: renderHTML(markdown: prose.markdown, unsafe: unsafe)))
            case .cell(let cell):
                guard !cell.attributes.hidden else { continue }
                let code = SiteBlock.code(source: cell.source, output: report.outcome(for: cell).flatMap(output))
                // A reader should try an exercise before seeing its answer: cells that hold a
                // solution are folded (checks stay open: they say what is asked).
                blocks.append(holdsSolution(cell) ? .folded(.solution, code) : code)
            case .output:
                continue  // shown through its cell: the page shows what the code really printed
            case .fence(let fence):
                if let exercise = hintExercise(fence.info) {
                    hintsSeen[exercise, default: 0] += 1
                    let prose = SiteBlock.prose(html: renderHTML(markdown: fence.literal, unsafe: unsafe))
                    blocks.append(.folded(.hint(number: hintsSeen[exercise]!), prose))
                } else {
                    blocks.append(.otherFence(info: fence.info, text: fence.literal))
                }
            }
        }
        let fallbackTitle = slug.split(separator: "/").last.map(String.init) ?? slug
        return SiteLesson(slug: slug, title: lesson.frontMatter.title ?? fallbackTitle,
                          section: lesson.frontMatter.section ?? "", lang: lesson.frontMatter.lang ?? "en",
                          status: status(report), blocks: blocks,
                          problems: lesson.diagnostics.map { "\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" })
    }

    /// An exercise's code cell with a `solution` attribute or a `// BEGIN SOLUTION` line.
    static func holdsSolution(_ cell: CodeCell) -> Bool {
        guard cell.attributes.exercise != nil, !cell.attributes.check else { return false }
        return cell.attributes.solution || cell.source.split(separator: "\n").contains {
            SolutionMarkers.marker(String($0)) == SolutionMarkers.begin
        }
    }

    /// The exercise of a ```` ```hint exercise=ID ```` fence.
    static func hintExercise(_ info: String) -> String? {
        let words = info.split(separator: " ")
        guard words.first == "hint" else { return nil }
        return words.dropFirst().first { $0.hasPrefix("exercise=") }.map { String($0.dropFirst("exercise=".count)) }
    }

    static func status(_ report: LessonReport) -> SiteLesson.Status {
        if !report.succeeded { return .failed }
        return report.passed > 0 ? .passed : .notChecked
    }

    static func output(_ outcome: CellOutcome) -> SiteOutput? {
        let figures = outcome.displays.compactMap { ($0.value.hostObject(FigureBox.self))?.figure }
        switch outcome.status {
        case .skipped:
            return nil
        case .passed:
            return SiteOutput(text: outcome.actual, badge: .passed, figures: figures)
        case .notChecked:
            if outcome.actual.isEmpty && figures.isEmpty { return nil }
            return SiteOutput(text: outcome.actual, badge: .notChecked, figures: figures)
        case .failed(let failure):
            switch failure.kind {
            case .mismatch(let diff):
                return SiteOutput(text: outcome.actual, badge: .failed(diff: diff), figures: figures)
            case .error, .unexpectedSuccess:
                return SiteOutput(text: outcome.actual, badge: .error(message: "\(failure.location): error: \(failure.message)"),
                                  figures: figures)
            }
        }
    }

    /// Standardized paths of `files` to their slugs, for `lesson(_:slug:unsafe:lessonSlugs:)`.
    public static func slugMap(files: [String], slugs: [String]) -> [String: String] {
        LessonLinks.slugMap(files: files, slugs: slugs)
    }

    /// Page names from file paths: the path below the folder all lessons share, without `.md`
    /// (`lessons/zh/5.1.1-x.md` → `zh/5.1.1-x`).
    public static func slugs(for files: [String]) -> [String] {
        let folders = files.map { $0.split(separator: "/").dropLast().map(String.init) }
        var common = folders.first ?? []
        for folder in folders.dropFirst() {
            common = Array(zip(common, folder).prefix { $0 == $1 }.map(\.0))
        }
        return files.map { file in
            let parts = file.split(separator: "/").map(String.init).dropFirst(common.count)
            let joined = parts.joined(separator: "/")
            return joined.hasSuffix(".md") ? String(joined.dropLast(3)) : joined
        }
    }
}
