import ArgumentParser
import Foundation
import LessonKit

/// `lesson grade`: runs each student's answers against the key's checks, hidden ones
/// included, and writes the results as JSON and CSV, one row per student and exercise.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade students' copies against the key; write grades.json and grades.csv.",
        discussion: """
        Each STUDENT is a folder holding one student's copies (the folder's name is the \
        student's name) or a single copy. Only the students' exercise cells are used: the \
        lesson around them, the checks (hidden ones included) and the expected outputs come \
        from the key. A lesson a student did not hand in is graded as missing. Exit 0 once \
        the grades are written, whatever they are; 1 when the key's exercises are malformed; \
        2 for bad arguments or unreadable files.
        """)

    @Option(help: "The key: the lesson files or folder with solutions and hidden checks.")
    var key: String

    @Argument(help: "Student folders (or files).")
    var students: [String]

    @Option(name: .shortAndLong, help: "The folder to write grades.json and grades.csv into.")
    var output: String = "."

    @OptionGroup var options: RunOptions

    func run() throws {
        let keyFiles = try lessonFiles([key])
        var keys: [(file: String, lesson: Lesson)] = []
        for file in keyFiles {
            do { keys.append((file, try LessonFileSnapshot.read(URL(fileURLWithPath: file)).lesson())) } catch {
                Console.error("lesson: \(error)")
                throw ExitStatus.usage.code
            }
        }
        let loaded = Dictionary(uniqueKeysWithValues: keys.map { ($0.file, $0.lesson) })
        let graded = keys.filter { !ExerciseCatalog(lesson: $0.lesson).isEmpty }
        let issues = keys.flatMap { ExerciseCatalog(lesson: $0.lesson).issues }
        guard issues.isEmpty else {
            for issue in issues { Console.error(issue.description) }
            Console.error("lesson: fix the key's exercises before grading")
            throw ExitStatus.failed.code
        }
        let grader = ExerciseGrader(runner: LessonRunner(settings: options.settings))
        var rows: [GradeRow] = []
        for path in students {
            let finder: SubmissionFinder
            do { finder = try SubmissionFinder(path: path) } catch {
                Console.error("lesson: \(error)")
                throw ExitStatus.usage.code
            }
            for (file, lesson) in graded {
                let submissionFile = finder.submission(for: file, keyRoot: key, keyFiles: keyFiles)
                let submission = submissionFile.flatMap { try? LessonFileSnapshot.read(URL(fileURLWithPath: $0)).lesson() }
                rows += grader.grade(key: lesson, submission: submission, student: finder.student,
                                     submissionFile: submission == nil ? nil : submissionFile,
                                     prelude: LessonDiscovery.savedCells(before: file, loaded: loaded))
            }
        }
        let jsonPath = (output as NSString).appendingPathComponent("grades.json")
        let csvPath = (output as NSString).appendingPathComponent("grades.csv")
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            try Data(GradeReport.json(rows).utf8).write(to: URL(fileURLWithPath: jsonPath), options: .atomic)
            try Data(GradeReport.csv(rows).utf8).write(to: URL(fileURLWithPath: csvPath), options: .atomic)
        } catch {
            Console.error("lesson: cannot write the grades into \(output): \(error.localizedDescription)")
            throw ExitStatus.usage.code
        }
        for total in GradeReport.totals(rows) {
            Console.out("\(total.student): \(total.solved) of \(total.exercises) exercises solved, score \(GradeReport.number(total.score))\n")
        }
        Console.error("wrote \(jsonPath) and \(csvPath) (\(rows.count) rows)")
    }
}
