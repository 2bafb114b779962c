import ArgumentParser
import Foundation
import LessonKit

/// `lesson export`: lessons as ordinary Swift, and the check that compiled Swift prints what
/// the interpreter printed.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export lessons as a Swift package, and compare its compiled output with the interpreter's.",
        discussion: """
        `lesson export swift lessons -o DIR` writes DIR/Package.swift with one executable per \
        lesson; `swift build` in DIR builds them against the engine's sources. Run each program \
        with its output in DIR/outputs/TARGET.txt (and its exit status in TARGET.status), then \
        `lesson export compare DIR` checks every cell. scripts/check-export does all of it.
        """,
        subcommands: [ExportSwiftCommand.self, ExportCompareCommand.self])
}

struct ExportSwiftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swift",
        abstract: "Write lessons as one Swift package with an executable per lesson.",
        discussion: """
        Each executable's main.swift holds the lesson's cells in order (saved declarations of \
        earlier lessons first); `error` and `ignore` cells are left out. A marker line before \
        each cell's output lets `lesson export compare` split the output back into cells. \
        DIR/export.json records what the interpreter printed for every cell.
        """)

    @Argument(help: "Lesson files or folders (searched recursively for .md).")
    var paths: [String] = ["lessons"]

    @Option(name: .shortAndLong, help: "The package folder to write (created; must be new, empty or an earlier export).")
    var output: String

    @Option(help: "Also export every .swift file in this folder as a program (the interpreter's golden programs); repeatable.")
    var golden: [String] = []

    @Option(help: "The project root, whose Sources/ConvEngine and Sources/LessonPrelude the package links.")
    var project: String = "."

    func run() throws {
        let files = try lessonFiles(paths)
        let goldens = try goldenFiles()
        let export = SwiftPackageExport(projectRoot: URL(fileURLWithPath: project),
                                        outputDirectory: URL(fileURLWithPath: output))
        do {
            let manifest = try export.export(lessonFiles: files, goldenFiles: goldens)
            let cells = manifest.programs.reduce(0) { $0 + $1.cells.count }
            let left = manifest.programs.reduce(0) { $0 + $1.leftOut.count }
            Console.out("exported \(manifest.programs.count) programs (\(cells) cells, \(left) left out) to \(output)\n")
        } catch {
            Console.error("lesson: \(error)")
            throw ExitStatus.usage.code
        }
    }

    private func goldenFiles() throws -> [String] {
        try golden.flatMap { folder -> [String] in
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                Console.error("lesson: \(folder): no such folder")
                throw ExitStatus.usage.code
            }
            return names.filter { $0.hasSuffix(".swift") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
        }
    }
}

struct ExportCompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare each exported cell's compiled output with the interpreter's.",
        discussion: """
        Reads DIR/export.json and DIR/outputs/TARGET.txt. Prints every difference with the \
        lesson, the cell and a diff (- interpreter, + compiled Swift), then a last line \
        `N cells compared in N programs, N differ`. Exit 1 when any cell differs.
        """)

    @Argument(help: "The folder written by `lesson export swift`.")
    var directory: String

    func run() throws {
        let summary: ExportComparison.Summary
        do {
            summary = try ExportComparison.compare(exportDirectory: URL(fileURLWithPath: directory))
        } catch {
            Console.error("lesson: cannot read the export in \(directory): \(error)")
            throw ExitStatus.usage.code
        }
        for difference in summary.differences { Console.out(difference.report + "\n") }
        var last = "\(summary.cellsCompared) cells compared in \(summary.programs) programs, \(summary.differences.count) differ"
        if summary.cellsNotCompared > 0 { last += ", \(summary.cellsNotCompared) not comparable" }
        Console.out(last + "\n")
        if !summary.differences.isEmpty { throw ExitStatus.failed.code }
    }
}
