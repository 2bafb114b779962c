import ArgumentParser
import Foundation

/// `lesson`: runs Markdown lessons whose Swift cells are checked against their recorded output.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Run literate Swift lessons and check every recorded output.",
        discussion: """
        Lessons are Markdown files. Their ```swift cells run in order with shared state; an \
        ```output block after a cell holds what it must print. See docs/lesson-format.md.

        Exit status: 0 when everything passed, 1 when a check failed, 2 for a usage error or \
        input that cannot be read.
        """,
        version: "0.1.0",
        subcommands: [TestCommand.self, RunCommand.self, UpdateCommand.self, RenderCommand.self,
                      StudentCommand.self, CheckCommand.self, GradeCommand.self, ExportCommand.self])
}

/// Parses the command line and maps failures to the documented exit codes: ArgumentParser's
/// own usage errors become 2 (it would use 64).
@main
enum Main {
    static func main() {
        do {
            var command = try LessonCommand.parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = LessonCommand.exitCode(for: error)
            if code == .success || code == .failure {
                LessonCommand.exit(withError: error)
            }
            FileHandle.standardError.write(Data((LessonCommand.fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.usage.rawValue)
        }
    }
}

/// The three outcomes a caller can rely on.
enum ExitStatus: Int32 {
    case passed = 0
    case failed = 1
    case usage = 2

    var code: ExitCode { ExitCode(rawValue) }
}
