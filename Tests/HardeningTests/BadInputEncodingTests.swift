import Foundation
import LessonKit
import XCTest

/// The bad-input catalogue, continued: encodings, line endings, sizes and nesting depths.
final class BadInputEncodingTests: XCTestCase {
    private let passingCell = "```swift\nprint(1 + 1)\n```\n\n```output\n2\n```\n"

    func testInvalidUTF8IsReportedAtTheFirstBadByteAndTheRestStillRuns() {
        var bytes = Array("Intro\nsecond ".utf8) + [0xFF, 0xFE] + Array(" line\n\n".utf8)
        bytes += Array(passingCell.utf8)
        let lesson = Lesson.parse(data: Data(bytes), file: "bad.md")
        XCTAssertEqual(lesson.places(of: .invalidUTF8), ["2:8"])
        let report = LessonRunner().run(lesson)
        XCTAssertEqual(report.passed, 1, "the cell after the bad bytes still runs")
        XCTAssertFalse(report.succeeded, "invalid UTF-8 fails the lesson")
    }

    /// Invalid bytes inside a cell become U+FFFD; right before `=` they used to make swift-syntax
    /// trap (an empty Fix-It) and end the whole run. Now: a parse error at the character.
    func testInvalidBytesInCodeAreAParseErrorNotACrash() {
        let bytes = Array("```swift\nlet x = 1\nlet fromLoops ".utf8) + [0xE6, 0xE6] + Array("= 2\n```\n".utf8)
        let report = LessonRunner().run(Lesson.parse(data: Data(bytes), file: "bad.md"))
        let failure = BadInputCatalogueTests.failure(report)
        XCTAssertEqual(BadInputCatalogueTests.errorKind(failure), "parse")
        XCTAssertEqual(failure?.location, "bad.md:3:15")
        XCTAssertTrue(failure?.message.contains("U+FFFD") ?? false, failure?.message ?? "")
        for control in ["\u{1}", "\u{B}", "\u{7F}", "\u{85}", "\u{2028}", "\u{0}"] {
            let text = "```swift\nlet a \(control)= 1\n```\n"
            let result = BadInputCatalogueTests.failure(BadInputCatalogueTests.run(text))
            XCTAssertEqual(result?.location, "bad.md:2:7", control.debugDescription)
        }
        let fine = BadInputCatalogueTests.run("```swift\nprint(\"\u{FFFD} in a string\")\n```\n")
        XCTAssertEqual(fine.outcomes.first?.actual, "\u{FFFD} in a string\n")
    }

    func testByteOrderMarkDoesNotShiftColumns() {
        let lesson = Lesson.parse(text: "\u{FEFF}```swift bogus\nprint(1)\n```\n", file: "bom.md")
        XCTAssertEqual(lesson.places(of: .unknownAttribute), ["1:10"])
        XCTAssertEqual(lesson.cells.first?.firstCodeLine, 2)
        let ok = LessonRunner().run(Lesson.parse(text: "\u{FEFF}" + passingCell, file: "bom.md"))
        XCTAssertTrue(ok.succeeded)
        XCTAssertEqual(ok.passed, 1)
    }

    func testCRLFLessonRunsAndUpdateKeepsCRLF() throws {
        let text = "Intro\r\n\r\n```swift\r\nprint(3)\r\n```\r\n\r\n```output\r\n2\r\n```\r\n"
        let lesson = Lesson.parse(text: text, file: "crlf.md")
        let report = LessonRunner().run(lesson)
        XCTAssertEqual(report.failed, 1)
        if case .failed(let failure) = report.outcomes[0].status { XCTAssertEqual(failure.outputLocation, "crlf.md:7") }
        let update = try LessonUpdater(lesson: lesson).update(actualOutputs: RecordedOutputs.from(report))
        XCTAssertEqual(update.text, text.replacingOccurrences(of: "\r\n2\r\n", with: "\r\n3\r\n"))
    }

    func testTabsCountAsOneColumn() {
        let report = BadInputCatalogueTests.run("```swift\n\t\tlet x = missingName\n```\n")
        XCTAssertEqual(BadInputCatalogueTests.failure(report)?.location, "bad.md:2:11")
        let lesson = Lesson.parse(text: "\t\n```swift hidden\tbogus\nx\n```\n", file: "tab.md")
        XCTAssertFalse(lesson.diagnostics.isEmpty || lesson.diagnostics.contains { $0.line != 2 }, "\(lesson.diagnostics)")
    }

    func testBinaryFileIsDiagnosedNotCrashedOn() {
        var random = SeededRandom(state: 7)
        let bytes = (0..<65_536).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        let lesson = Lesson.parse(data: Data(bytes), file: "binary.md")
        XCTAssertFalse(lesson.places(of: .invalidUTF8).isEmpty)
        XCTAssertFalse(LessonRunner().run(lesson).succeeded)
    }

    /// 50 MB of prose and cells: parsed, run and updated within seconds.
    func testFiftyMegabyteLesson() throws {
        let paragraph = String(repeating: "Prose about kernels, $x_i$ and `code` with *emphasis*. ", count: 18) + "\n\n"
        var text = ""
        text.reserveCapacity(52_000_000)
        var cells = 0
        while text.utf8.count < 50_000_000 {
            for _ in 0..<1000 { text += paragraph }
            text += "```swift\nprint(\(cells))\n```\n\n"
            cells += 1
        }
        let started = Date()
        let lesson = Lesson.parse(text: text, file: "big.md")
        XCTAssertEqual(lesson.cells.count, cells)
        XCTAssertTrue(lesson.diagnostics.isEmpty, "\(lesson.diagnostics.prefix(3))")
        let report = LessonRunner().run(lesson)
        XCTAssertEqual(report.outcomes.count, cells)
        let update = try LessonUpdater(lesson: lesson).update(actualOutputs: RecordedOutputs.from(report), addMissing: true)
        XCTAssertEqual(update.addedCells.count, cells)
        XCTAssertLessThan(Date().timeIntervalSince(started), 60, "parse + run + update of 50 MB")
    }

    /// 10^5 nested brackets: Swift code is a parse error, Markdown containers do not overflow
    /// the stack (on the main thread or on the smaller stacks of `--jobs` workers).
    func testHundredThousandNestedBrackets() {
        let depth = 100_000
        let swift = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
        let failure = BadInputCatalogueTests.failure(BadInputCatalogueTests.run("```swift\nlet deep = \(swift)\n```\n"))
        XCTAssertEqual(BadInputCatalogueTests.errorKind(failure), "parse")
        XCTAssertTrue(failure?.location.hasPrefix("bad.md:2:") ?? false, failure?.location ?? "")

        let markdowns = [
            String(repeating: ">", count: depth) + " deep quote\n\n" + passingCell,
            String(repeating: "[", count: depth) + "link" + String(repeating: "](x)", count: depth) + "\n\n" + passingCell,
            String(repeating: "*", count: depth) + "em" + String(repeating: "*", count: depth) + "\n\n" + passingCell,
            (0..<2000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n") + "\n\n" + passingCell,
        ]
        for markdown in markdowns {
            let lesson = Lesson.parse(text: markdown, file: "deep.md")
            XCTAssertEqual(lesson.cells.count, 1)
            for case .prose(let prose) in lesson.blocks { XCTAssertFalse(renderHTML(markdown: prose.markdown).isEmpty) }
            XCTAssertTrue(LessonRunner().run(lesson).succeeded)
        }
    }
}
