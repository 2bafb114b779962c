import ArgumentParser
import Foundation
import LessonKit

/// `lesson update`: writes what the cells actually produce into their output blocks, changing
/// no other byte of the file; atomic, and never over a file that changed meanwhile.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Write actual outputs into the lessons' output blocks.",
        discussion: """
        Only the content of ```output blocks changes (and, with --add, new blocks after cells \
        that have none); prose, code, fence attributes and line endings stay byte for byte. \
        Cells that fail with an error are reported and left alone. With --check nothing is \
        written: the changes are printed as a diff and the exit status is 1 if there are any.
        """)

    @Argument(help: "Lesson files or folders.")
    var paths: [String] = ["lessons"]

    @Flag(help: "Also add output blocks to cells that have none.")
    var add = false

    @Flag(help: "Write nothing; print the diff and exit 1 if anything would change.")
    var check = false

    @Flag(help: "Rewrite every output block, even ones that already match within their tolerance.")
    var all = false

    @OptionGroup var options: RunOptions

    func run() throws {
        let files = try lessonFiles(paths)
        let runner = LessonRunner(settings: options.settings)
        var changed = 0
        var broken = false
        for file in files {
            let snapshot: LessonFileSnapshot
            do { snapshot = try LessonFileSnapshot.read(URL(fileURLWithPath: file)) } catch {
                Console.error("lesson: \(error)")
                throw ExitStatus.usage.code
            }
            let lesson = snapshot.lesson()
            let report = runner.run(lesson, prelude: LessonDiscovery.savedCells(before: file, loaded: [file: lesson]))
            // What update cannot fix is reported, as test reports it: problems in the file
            // itself, cells that fail with an error, and `error` cells that do not fail.
            for diagnostic in lesson.diagnostics { Console.error(diagnostic.description) }
            broken = broken || lesson.diagnostics.contains { $0.severity == .error }
            let errors = report.outcomes.compactMap { outcome -> CellFailure? in
                guard case .failed(let failure) = outcome.status else { return nil }
                if case .mismatch = failure.kind { return nil }
                return failure
            }
            broken = broken || !errors.isEmpty
            /// Errors are reported at their lines in the file as it is on disk afterwards.
            func reportErrors(_ update: LessonUpdate?) {
                for failure in errors {
                    let location = update.map { moved(failure.location, by: $0) } ?? failure.location
                    let unchanged = if case .unexpectedSuccess = failure.kind { "" } else { " (output block left as it was)" }
                    Console.error("\(location): error: \(failure.message)\(unchanged)")
                }
            }
            let update: LessonUpdate
            do {
                update = try LessonUpdater(lesson: lesson).update(
                    actualOutputs: RecordedOutputs.from(report), addMissing: add, policy: all ? .all : .mismatched)
            } catch {
                reportErrors(nil)
                Console.error("lesson: \(error)")
                broken = true
                continue
            }
            for (index, scalar) in update.unrecordableCells.sorted(by: { $0.key < $1.key }) {
                guard let cell = lesson.cells.first(where: { $0.index == index }) else { continue }
                broken = true
                let code = String(scalar, radix: 16, uppercase: true)
                Console.error("\(file):\(cell.range.start.line): error: the cell prints the control character U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code), which an output block cannot hold; its output is not recorded")
            }
            guard !update.changesNothing, update.text != lesson.source else { reportErrors(nil); continue }
            reportErrors(check ? nil : update)
            changed += 1
            if check {
                let diff = UnifiedDiff(expected: lines(lesson.source), actual: lines(update.text))
                Console.out(diff.rendered(names: (file, "\(file) (updated)")))
                continue
            }
            do {
                try LessonFileWriter.write(update.text, replacing: snapshot)
                Console.error("updated \(file): \(update.rewrittenCells.count) block(s) rewritten, \(update.addedCells.count) added")
            } catch {
                Console.error("lesson: \(error)")
                broken = true
            }
        }
        if check && changed > 0 {
            Console.error("\(changed) file(s) would change")
            throw ExitStatus.failed.code
        }
        if broken { throw ExitStatus.failed.code }
    }

    /// `file:line:column` with the line moved to where the update put it.
    private func moved(_ location: String, by update: LessonUpdate) -> String {
        let parts = location.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 3, let line = Int(parts[parts.count - 2]) else { return location }
        return (parts.dropLast(2) + ["\(update.newLine(forOriginal: line))", parts[parts.count - 1]]).joined(separator: ":")
    }

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
