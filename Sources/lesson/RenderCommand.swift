import ArgumentParser
import Foundation
import LessonKit
import LessonSite

/// `lesson render`: runs the lessons and writes them as a static site, so every output on the
/// page is one that was just produced and checked.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Run lessons and write them as a static HTML site with verified outputs.",
        discussion: """
        Writes DIR/index.html (the lessons in order, with their status), one page per lesson \
        with previous/next links, and DIR/assets/ (styles; KaTeX from Debian's libjs-katex when \
        installed). Opening DIR/index.html from disk works with no server and no network. \
        Exit 1 when a lesson fails its checks (the site is still written, failures shown).
        """)

    @Argument(help: "Lesson files or folders.")
    var paths: [String] = ["lessons"]

    @Option(name: .shortAndLong, help: "The folder to write the site into.")
    var output: String = "site"

    @Option(help: "The site's title.")
    var title: String = "Lessons"

    @Flag(help: "Keep raw HTML from the lessons' prose (it is left out by default).")
    var unsafe = false

    @Flag(help: "Do not copy KaTeX; formulas stay as TeX source.")
    var noKatex = false

    @Option(name: .shortAndLong, help: "Lessons run in parallel (default: one per core); the report's order stays the same.")
    var jobs: Int = LessonSuite.defaultJobs

    @OptionGroup var options: RunOptions

    func run() throws {
        let files = try lessonFiles(paths)
        let reports: [LessonReport]
        do {
            reports = try LessonSuite(files: files, runner: LessonRunner(settings: options.settings), jobs: max(1, jobs)).run()
        } catch {
            Console.error("lesson: \(error)")
            throw ExitStatus.usage.code
        }
        let slugs = SiteConversion.slugs(for: files)
        let lessonSlugs = SiteConversion.slugMap(files: files, slugs: slugs)
        let lessons = zip(reports, slugs).map { SiteConversion.lesson($0, slug: $1, unsafe: unsafe, lessonSlugs: lessonSlugs) }
        let siteOptions = SiteOptions(title: title, katexDirectory: noKatex ? nil : SiteOptions.debianKaTeX)
        do {
            let written = try SiteWriter.write(lessons: lessons, to: URL(fileURLWithPath: output), options: siteOptions)
            Console.error("wrote \(written.count) files to \(output)/ (open \(output)/index.html)")
        } catch {
            Console.error("lesson: \(error)")
            throw ExitStatus.usage.code
        }
        let failed = reports.filter { !$0.succeeded }
        if !failed.isEmpty {
            Console.error(TerminalReport(style: Console.style(colour: options.color)).renderFailures(failed))
            throw ExitStatus.failed.code
        }
    }
}
