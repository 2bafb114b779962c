import ArgumentParser
import LessonKit

/// `lesson run`: the notebook transcript, code then actual output; nothing is compared.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run one lesson and print each cell's code and actual output (nothing is compared).")

    @Argument(help: "The lesson file.")
    var file: String

    @OptionGroup var options: RunOptions

    func run() throws {
        let files = try lessonFiles([file])
        let reports: [LessonReport]
        do {
            reports = try LessonSuite(files: files, runner: LessonRunner(settings: options.settings)).run()
        } catch {
            Console.error("lesson: \(error)")
            throw ExitStatus.usage.code
        }
        let style = Console.style(colour: options.color)
        for report in reports { Console.out(Transcript.render(report, style: style)) }
        let broken = reports.contains { report in
            !report.errorProblems.isEmpty || report.outcomes.contains {
                if case .failed(let f) = $0.status, case .error = f.kind { return true } else { return false }
            }
        }
        if broken { throw ExitStatus.failed.code }
    }
}
