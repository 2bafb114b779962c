import Foundation
import XCTest
@testable import LessonKit

final class LessonDiagnosticTests: XCTestCase {
    private func diagnostics(_ text: String) -> [LessonDiagnostic] {
        Lesson.parse(text: text, file: "d.md").diagnostics
    }

    private func only(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> LessonDiagnostic {
        let found = diagnostics(text)
        XCTAssertEqual(found.count, 1, "\(found)", file: file, line: line)
        return try XCTUnwrap(found.first, file: file, line: line)
    }

    func testUnknownCellAttribute() throws {
        let diagnostic = try only("text\n\n```swift hidden bogus\nx\n```\n")
        XCTAssertEqual(diagnostic.kind, .unknownAttribute)
        XCTAssertEqual(diagnostic.severity, .error)
        XCTAssertEqual([diagnostic.line, diagnostic.column], [3, 17])
        XCTAssertTrue(diagnostic.message.contains("bogus"))
        XCTAssertEqual(diagnostic.description.prefix(12), "d.md:3:17: e")
    }

    /// A fence that looks meant as a cell or an output block is neither: say so.
    func testLookalikeFencesAreWarnedAbout() {
        let found = diagnostics("```Swift\nx\n```\n\n```swift3\nx\n```\n\n```Output\n1\n```\n\n```swiftui\nx\n```\n\n```python\nx\n```\n")
        XCTAssertEqual(found.map(\.kind), [.lookalikeFence, .lookalikeFence, .lookalikeFence])
        XCTAssertEqual(found.map(\.line), [1, 5, 9])
        XCTAssertEqual(found.map(\.severity), [.warning, .warning, .warning])
    }

    func testUnknownOutputAttribute() throws {
        let diagnostic = try only("```swift\nx\n```\n```output approximately\n1\n```\n")
        XCTAssertEqual(diagnostic.kind, .unknownAttribute)
        XCTAssertEqual([diagnostic.line, diagnostic.column], [4, 11])
    }

    func testInvalidAttributeValues() {
        let found = diagnostics("```swift timeout=soon exercise= ignore=yes\nx\n```\n```output atol=-1 rtol=x\n1\n```\n")
        XCTAssertEqual(found.map(\.kind), Array(repeating: .invalidAttributeValue, count: 5))
        XCTAssertEqual(found.map(\.column), [10, 23, 33, 11, 19])
    }

    func testDuplicateAttribute() throws {
        let diagnostic = try only("```swift hidden hidden\nx\n```\n")
        XCTAssertEqual(diagnostic.kind, .duplicateAttribute)
        XCTAssertEqual(diagnostic.column, 17)
    }

    func testOutputWithoutCell() throws {
        let diagnostic = try only("Prose.\n\n```output\n1\n```\n")
        XCTAssertEqual(diagnostic.kind, .outputWithoutCell)
        XCTAssertEqual(diagnostic.line, 3)
        let separated = try only("```swift\nx\n```\n\nProse between.\n\n```output\n1\n```\n")
        XCTAssertEqual(separated.kind, .outputWithoutCell)
        XCTAssertEqual(separated.line, 7)
    }

    func testSecondOutputBlock() throws {
        let diagnostic = try only("```swift\nx\n```\n\n```output\n1\n```\n\n```output\n2\n```\n")
        XCTAssertEqual(diagnostic.kind, .duplicateOutput)
        XCTAssertEqual(diagnostic.line, 9)
    }

    func testUnclosedFence() throws {
        let diagnostic = try only("# T\n\n```swift\nlet x = 1\n\nmore prose that is really code\n")
        XCTAssertEqual(diagnostic.kind, .unclosedFence)
        XCTAssertEqual([diagnostic.line, diagnostic.column], [3, 1])
        XCTAssertTrue(diagnostic.message.contains("```"))
        let tilde = try only("~~~~ text\nx\n~~~\n")
        XCTAssertEqual(tilde.kind, .unclosedFence, "a shorter fence does not close")
        XCTAssertTrue(tilde.message.contains("~~~~"))
    }

    func testInvalidUTF8IsADiagnosticNotACrash() throws {
        var bytes = Array("# T\n\n```swift\nlet s = \"".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("\"\n```\n".utf8)
        let lesson = Lesson.parse(data: Data(bytes), file: "bad.md")
        XCTAssertEqual(lesson.diagnostics.map(\.kind), [.invalidUTF8])
        XCTAssertEqual([lesson.diagnostics[0].line, lesson.diagnostics[0].column], [4, 10])
        XCTAssertEqual(lesson.cells.count, 1)
        XCTAssertTrue(lesson.cells[0].source.contains("\u{FFFD}"))
    }

    func testFrontMatterProblems() throws {
        let unclosed = try only("---\ntitle: x\n\n# no end\n")
        XCTAssertEqual(unclosed.kind, .unclosedFrontMatter)
        let invalid = try only("---\ntitle: [unclosed\n---\n")
        XCTAssertEqual(invalid.kind, .invalidFrontMatter)
        let badSeed = try only("---\nseed: -3\n---\n")
        XCTAssertEqual(badSeed.kind, .invalidFrontMatter)
        XCTAssertEqual(badSeed.line, 2)
        let badTolerance = try only("---\ntitle: ok\natol: lots\n---\n")
        XCTAssertEqual(badTolerance.line, 3)
        let notMapping = try only("---\n- a\n---\n")
        XCTAssertEqual(notMapping.kind, .invalidFrontMatter)
        let misplacedColon = try only("---\ntitle: a: b\n---\n")
        XCTAssertEqual([misplacedColon.line, misplacedColon.column], [2, 9], "at the colon YAML refuses")
        let twice = try only("---\ntitle: a\ntitle: b\n---\n")
        XCTAssertEqual(twice.kind, .invalidFrontMatter)
        XCTAssertEqual([twice.line, twice.column], [3, 1])
        XCTAssertTrue(twice.message.contains("'title' is given twice"), twice.message)
    }

    func testUnknownFrontMatterKeyIsAWarning() throws {
        let text = "---\ntitle: x\nauthor: me\n---\n"
        let diagnostic = try only(text)
        XCTAssertEqual(diagnostic.kind, .unknownFrontMatterKey)
        XCTAssertEqual(diagnostic.severity, .warning)
        XCTAssertEqual(diagnostic.line, 3)
        XCTAssertFalse(Lesson.parse(text: text, file: "d.md").hasErrors)
    }
}
