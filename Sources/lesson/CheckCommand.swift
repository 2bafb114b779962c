import ArgumentParser
import Foundation
import LessonKit

/// `lesson check`: what a student runs after editing a copy. Each exercise is solved or not;
/// for one that is not, the failing check, its diff or message, and the next hint.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the exercises of a student's copy: solved or not, with a hint when not.",
        discussion: """
        Each failed attempt reveals the next hint of its exercise (checking an unchanged answer \
        again shows the same hint); the hints reached are kept in .FILE.hints beside the copy \
        (delete it to start over). Student \
        code runs with a time limit per cell (an endless loop is stopped and reported), a call \
        depth limit and a tensor-size limit. With --watch the files are checked again whenever \
        they are saved, until Ctrl-C. Exit 0 when every exercise is solved, 1 when one is not, \
        2 for bad arguments or unreadable files.
        """)

    @Argument(help: "The student's lesson files (or folders).")
    var files: [String]

    @Flag(help: "Check again each time a file is saved.")
    var watch = false

    @OptionGroup var options: RunOptions

    func run() throws {
        let lessons = try lessonFiles(files)
        let style = Console.style(colour: options.color)
        guard watch else {
            if try !checkAll(lessons, style: style) { throw ExitStatus.failed.code }
            return
        }
        let watcher = FileWatcher(paths: lessons)
        var stamps = watcher.stamps()
        while true {
            if Console.stdoutIsTerminal { Console.out("\u{1B}[2J\u{1B}[H") }
            _ = try? checkAll(lessons, style: style)
            Console.out(style.dim("watching \(lessons.count) file\(lessons.count == 1 ? "" : "s"); save to check again, Ctrl-C to stop") + "\n")
            guard let next = watcher.waitForChange(since: stamps) else { return }
            stamps = next
        }
    }

    /// Checks every file once; true when every exercise is solved and nothing else failed.
    private func checkAll(_ lessons: [String], style: Style) throws -> Bool {
        let checker = ExerciseChecker(runner: LessonRunner(settings: options.settings))
        var solved = 0, total = 0
        var clean = true
        for file in lessons {
            let report: ExerciseCheckReport
            do { report = try checker.check(file: file) } catch {
                Console.error("lesson: \(error)")
                throw ExitStatus.usage.code
            }
            var state = HintState.load(for: file)
            var hints: [String: RevealedHint] = [:]
            for result in report.results where !result.solved {
                hints[result.exercise.id] = state.revealNext(of: result.exercise, answer: report.answer(of: result.exercise))
            }
            if !hints.isEmpty {
                do { try state.save() } catch { Console.error("note: cannot remember shown hints in \(state.path)") }
            }
            Console.out(CheckReportText(style: style).render(report, hints: hints))
            solved += report.solvedCount
            total += report.results.count
            clean = clean && report.allSolved && report.otherFailures.isEmpty
                && report.catalog.issues.isEmpty && report.report.errorProblems.isEmpty
        }
        Console.out("\(solved) of \(total) exercise\(total == 1 ? "" : "s") solved\n")
        return clean
    }
}
