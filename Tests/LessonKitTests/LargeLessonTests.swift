import XCTest
@testable import LessonKit

/// A lesson far larger than a real one must still parse, render, compare and update quickly.
final class LargeLessonTests: XCTestCase {
    func testTwoThousandCellsInUnderAFewSeconds() throws {
        var text = "---\ntitle: Big\n---\n\n"
        for index in 0..<2000 {
            text += "Step \(index): $x_{\(index)} * y$ with `code$`.\n\n```swift\nprint(\(index))\n```\n\n"
            if index % 2 == 0 { text += "```output\n\(index)\n```\n\n" }
        }
        let start = Date()
        let lesson = Lesson.parse(text: text, file: "big.md")
        XCTAssertEqual(lesson.cells.count, 2000)
        XCTAssertEqual(lesson.diagnostics, [])
        var html = 0
        for case .prose(let prose) in lesson.blocks { html += renderHTML(markdown: prose.markdown).count }
        XCTAssertGreaterThan(html, 0)
        let outputs = Dictionary(uniqueKeysWithValues: (0..<2000).map { ($0, "\($0)\n") })
        let update = try LessonUpdater(lesson: lesson).update(actualOutputs: outputs, addMissing: true)
        XCTAssertEqual(update.addedCells.count, 1000)
        XCTAssertEqual(update.rewrittenCells, [])
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertLessThan(elapsed, 10, "debug build, 2 shared cores")
        print("large lesson: \(text.utf8.count) bytes parsed, rendered and updated in \(elapsed) s")
    }
}
