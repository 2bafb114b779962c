import Foundation
import LessonKit
import XCTest

/// Markdown that was never written as a lesson (other projects' READMEs, CommonMark-style
/// examples; see Fixtures/realworld/NOTICE.md) goes through parse, run, update and render
/// without a crash or a format error, and its non-Swift blocks are left alone. Their Swift
/// blocks are real cells, so they may fail as code (`import Yams` is not the lesson language),
/// but each such failure is a diagnostic inside its cell.
final class RealWorldMarkdownTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/realworld")

    static func documents() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "md" && $0.lastPathComponent != "NOTICE.md" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    func testDocumentsParseRunRenderAndUpdateWithoutTouchingOtherBlocks() throws {
        let documents = try Self.documents()
        XCTAssertGreaterThanOrEqual(documents.count, 6)
        var otherFences = 0
        for url in documents {
            let name = url.lastPathComponent
            let lesson = Lesson.parse(data: try Data(contentsOf: url), file: name)
            let formatErrors = lesson.diagnostics.filter { $0.severity == .error }
            XCTAssertEqual(formatErrors, [], name)
            let report = LessonRunner(settings: FuzzHarness.runSettings).run(lesson)
            for outcome in report.outcomes {
                guard case .failed(let failure) = outcome.status, case .error = failure.kind else { continue }
                let cell = lesson.cells[outcome.cellIndex]
                let line = Int(failure.location.split(separator: ":")[1]) ?? 0
                XCTAssertTrue((cell.range.start.line...cell.range.end.line).contains(line),
                              "\(name): \(failure.location) is outside cell \(outcome.cellIndex)")
            }
            for block in lesson.blocks {
                switch block {
                case .prose(let prose): XCTAssertFalse(renderHTML(markdown: prose.markdown).isEmpty && !prose.markdown.isEmpty, name)
                case .fence: otherFences += 1
                default: break
                }
            }
            let outputs = RecordedOutputs.from(report)
            let update = try LessonUpdater(lesson: lesson).update(actualOutputs: outputs, addMissing: true)
            let updated = Lesson.parse(text: update.text, file: name)
            XCTAssertEqual(UpdatePropertyTests.skeleton(of: updated, removingAddedBlocksComparedTo: lesson),
                           UpdatePropertyTests.skeleton(of: lesson, removingAddedBlocksComparedTo: nil),
                           "\(name): update changed something besides output blocks")
            XCTAssertEqual(Self.otherFenceTexts(updated), Self.otherFenceTexts(lesson), name)
            let again = try LessonUpdater(lesson: updated).update(actualOutputs: outputs, addMissing: true)
            XCTAssertTrue(again.changesNothing, name)
        }
        XCTAssertGreaterThan(otherFences, 15, "the documents hold fences in other languages")
    }

    static func otherFenceTexts(_ lesson: Lesson) -> [String] {
        lesson.blocks.compactMap { block in
            if case .fence(let fence) = block { return fence.info + "\n" + fence.literal } else { return nil }
        }
    }

    /// Through the executable: `test` and `run` finish with 0 or 1 (never 2 or a signal),
    /// and `update --check` of a copy proposes only output blocks.
    func testDocumentsThroughTheCLI() throws {
        let scratch = try ScratchFolder()
        for url in try Self.documents() {
            let copy = try scratch.write(url.lastPathComponent, bytes: try Data(contentsOf: url))
            for command in [["test", "--time-limit", "1", copy], ["run", "--time-limit", "1", copy]] {
                let result = try LessonCLI.run(command)
                XCTAssertTrue([0, 1].contains(result.status), "\(command): \(result.status) \(result.stderr)")
                XCTAssertFalse(result.all.contains("Fatal error"), result.all)
            }
            let before = try Data(contentsOf: URL(fileURLWithPath: copy))
            let check = try LessonCLI.run(["update", "--check", "--add", "--time-limit", "1", copy])
            XCTAssertTrue([0, 1].contains(check.status), check.all)
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: copy)), before, "--check writes nothing")
            for line in check.stdout.split(separator: "\n") where line.hasPrefix("-") && !line.hasPrefix("---") {
                XCTFail("\(url.lastPathComponent): update --add would remove a line: \(line)")
            }
        }
    }
}
