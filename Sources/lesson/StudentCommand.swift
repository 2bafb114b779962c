import ArgumentParser
import Foundation
import LessonKit

/// `lesson student`: writes the copies students work on. Solution regions become their
/// placeholders and hidden checks disappear; every other byte is kept, so prose, outputs and
/// line endings are exactly the key's.
struct StudentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "student",
        abstract: "Write student copies of lessons: solutions replaced by placeholders, hidden checks removed.",
        discussion: """
        Folders keep their layout under the output folder (lessons/zh/5.1.1.md becomes \
        DIR/zh/5.1.1.md); lessons without exercises are copied unchanged, so save cells still \
        reach later lessons. A lesson whose exercises are malformed is not written (exit 1).
        """)

    @Argument(help: "Lesson files or folders (the key).")
    var paths: [String] = ["lessons"]

    @Option(name: .shortAndLong, help: "The folder to write the student copies into.")
    var output: String

    func run() throws {
        var failed = false
        for path in paths {
            for file in try lessonFiles([path]) {
                let target = (output as NSString).appendingPathComponent(Self.relative(file, to: path))
                guard Self.canonical(target) != Self.canonical(file) else {
                    Console.error("lesson: refusing to overwrite the key \(file) with its student copy; choose another -o")
                    throw ExitStatus.usage.code
                }
                let lesson: Lesson
                do { lesson = try LessonFileSnapshot.read(URL(fileURLWithPath: file)).lesson() } catch {
                    Console.error("lesson: \(error)")
                    throw ExitStatus.usage.code
                }
                let catalog = ExerciseCatalog(lesson: lesson)
                do {
                    let text = try StudentCopy.make(from: lesson, catalog: catalog)
                    try FileManager.default.createDirectory(
                        atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    try Data(text.utf8).write(to: URL(fileURLWithPath: target), options: .atomic)
                    let count = catalog.exercises.count
                    Console.error("wrote \(target)" + (count > 0 ? " (\(count) exercise\(count == 1 ? "" : "s"))" : ""))
                } catch let issue as ExerciseIssue {
                    Console.error("\(issue) (no student copy written)")
                    failed = true
                } catch {
                    Console.error("lesson: cannot write \(target): \(error.localizedDescription)")
                    failed = true
                }
            }
        }
        if failed { throw ExitStatus.failed.code }
    }

    /// `lessons/zh/a.md` under `lessons` is `zh/a.md`; a file named directly keeps its name.
    static func relative(_ file: String, to root: String) -> String {
        let base = root.hasSuffix("/") ? root : root + "/"
        return file.hasPrefix(base) ? String(file.dropFirst(base.count)) : (file as NSString).lastPathComponent
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
