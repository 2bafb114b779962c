import ArgumentParser
import Foundation
import LessonKit

/// `lesson test`: doc-test CI. Runs every lesson and checks every recorded output.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run lessons and check every recorded output.",
        discussion: """
        Prints one line per lesson, each failure with its file:line and a diff, and a last line \
        `N passed, N failed` (with `, N skipped` when cells are ignored). Exit 0 when all pass, \
        1 when any check fails, 2 for bad arguments or unreadable files.
        """)

    @Argument(help: "Lesson files or folders (searched recursively for .md).")
    var paths: [String] = ["lessons"]

    @Option(name: .shortAndLong, help: "Lessons run in parallel (default: one per core); the report's order stays the same.")
    var jobs: Int = LessonSuite.defaultJobs

    @Option(help: "Only lessons whose path or title contains this text (case-insensitive).")
    var filter: String?

    @Option(help: "Run shard I of N (e.g. 2/4) of the lessons, to split them across CI machines.")
    var shard: String?

    @Option(help: "Also write a JUnit XML report to this file.")
    var junit: String?

    @Flag(help: "Also prove every exercise: reference solutions pass, placeholders fail.")
    var exercises = false

    @OptionGroup var options: RunOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let shard { _ = try parseShard(shard) }
    }

    func run() throws {
        var files = try lessonFiles(paths)
        files = LessonSuite.filter(files, pattern: filter)
        if let filter, files.isEmpty {
            // A typo in a CI filter must not pass as "0 failed".
            Console.error("lesson: no lesson's path or title contains '\(filter)'")
            throw ExitStatus.usage.code
        }
        if let shard {
            let (index, count) = try parseShard(shard)
            files = LessonSuite.shard(files, index: index, count: count)
        }
        let style = Console.style(colour: options.color)
        let suite = LessonSuite(files: files, runner: LessonRunner(settings: options.settings), jobs: jobs)
        let reports: [LessonReport]
        do {
            reports = try suite.run(progress: Console.progress(enabled: true))
        } catch {
            Console.error("lesson: \(error)")
            throw ExitStatus.usage.code
        }
        let proofs = exercises ? try exerciseProofs(files) : []
        Console.out(exercises ? ExerciseTestMode.report(reports, proofs, style: style) : TerminalReport(style: style).render(reports))
        if let junit {
            do {
                try JUnitReport.xml(reports).write(toFile: junit, atomically: true, encoding: .utf8)
            } catch {
                Console.error("lesson: cannot write \(junit): \(error.localizedDescription)")
                throw ExitStatus.usage.code
            }
        }
        if reports.contains(where: { !$0.succeeded }) || proofs.contains(where: { !$0.succeeded }) {
            throw ExitStatus.failed.code
        }
    }

    private func exerciseProofs(_ files: [String]) throws -> [ExerciseProof] {
        do { return try ExerciseSelfTest(runner: LessonRunner(settings: options.settings)).run(files: files) } catch {
            Console.error("lesson: \(error)")
            throw ExitStatus.usage.code
        }
    }

    private func parseShard(_ text: String) throws -> (Int, Int) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(i) else {
            throw ValidationError("--shard takes I/N with 1 ≤ I ≤ N, e.g. 2/4 (got '\(text)')")
        }
        return (i, n)
    }
}
