import XCTest
@testable import LessonKit

final class LessonUpdaterTests: XCTestCase {
    static let lesson = """
    ---
    title: Update
    ---

    Intro with `code` and $x$.

    ````swift hidden
    print("a")
    ````

    ````output  ellipsis
    old
    ````

    ```swift
    print("no block yet")
    ```
    Text right after.

    ```swift ignore
    skipped()
    ```

    ```swift
    let silent = 1
    ```
    """

    private func update(_ text: String, _ outputs: [Int: String], addMissing: Bool = false,
                        policy: LessonUpdater.Policy = .mismatched) throws -> LessonUpdate {
        try LessonUpdater(lesson: Lesson.parse(text: text, file: "u.md"))
            .update(actualOutputs: outputs, addMissing: addMissing, policy: policy)
    }

    func testReplacesOnlyTheOutputContent() throws {
        let result = try update(Self.lesson, [0: "new  \nlines\n"])
        XCTAssertEqual(result.rewrittenCells, [0])
        XCTAssertEqual(result.text, Self.lesson.replacingOccurrences(of: "old\n", with: "new\nlines\n"))
        XCTAssertTrue(result.text.contains("````output  ellipsis\nnew\nlines\n````\n"), "fence and attributes kept")
    }

    func testUpdatingTwiceChangesNothing() throws {
        let once = try update(Self.lesson, [0: "x\n", 1: "no block yet\n", 2: "z\n", 3: ""], addMissing: true)
        XCTAssertEqual(once.addedCells, [1])
        let twice = try update(once.text, [0: "x\n", 1: "no block yet\n", 2: "z\n", 3: ""], addMissing: true)
        XCTAssertTrue(twice.changesNothing)
        XCTAssertEqual(twice.text, once.text)
        let all = try update(once.text, [0: "x\n", 1: "no block yet\n"], policy: .all)
        XCTAssertEqual(all.text, once.text, "rewriting with the same output writes the same bytes")
    }

    func testAddMissingInsertsAfterTheCellOnly() throws {
        let result = try update(Self.lesson, [1: "no block yet\n", 2: "ignored output\n", 3: "\n"], addMissing: true)
        XCTAssertEqual(result.addedCells, [1], "never for ignore cells or empty outputs")
        XCTAssertTrue(result.text.contains("""
        ```swift
        print("no block yet")
        ```

        ```output
        no block yet
        ```
        Text right after.
        """), result.text)
        let reparsed = Lesson.parse(text: result.text, file: "u.md")
        XCTAssertEqual(reparsed.diagnostics, [])
        XCTAssertEqual(reparsed.cells[1].expected?.text, "no block yet\n")
        XCTAssertNil(reparsed.cells[2].expected)
        XCTAssertNil(reparsed.cells[3].expected)
    }

    /// `lesson update` reports errors at their lines in the updated file: each line moves by the
    /// lines added or removed above it, and the moved line holds the same text.
    func testLinesMoveByWhatWasAddedAbove() throws {
        let result = try update(Self.lesson, [0: "one\ntwo\nthree\n", 1: "no block yet\n"], addMissing: true)
        let before = Self.lesson.components(separatedBy: "\n"), after = result.text.components(separatedBy: "\n")
        for (number, text) in [(5, "Intro with `code` and $x$."), (8, "print(\"a\")"), (16, "print(\"no block yet\")"),
                               (18, "Text right after."), (21, "skipped()"), (25, "let silent = 1")] {
            XCTAssertEqual(before[number - 1], text)
            let moved = result.newLine(forOriginal: number)
            XCTAssertEqual(moved <= after.count ? after[moved - 1] : nil, text, "line \(number)")
        }
        XCTAssertEqual(result.newLine(forOriginal: 16), 18)
        XCTAssertEqual(result.newLine(forOriginal: 18), 24)
    }

    func testWithoutAddMissingNothingIsInserted() throws {
        let result = try update(Self.lesson, [1: "output\n"])
        XCTAssertTrue(result.changesNothing)
        XCTAssertEqual(result.text, Self.lesson)
    }

    func testMatchingApproxBlockIsKeptUnlessPolicyAll() throws {
        let text = "```swift\nx\n```\n\n```output approx\n1.0000\n```\n"
        XCTAssertEqual(try update(text, [0: "1.00001\n"]).text, text)
        XCTAssertEqual(try update(text, [0: "1.00001\n"], policy: .all).text, text.replacingOccurrences(of: "1.0000\n", with: "1.00001\n"))
        XCTAssertEqual(try update("```swift\nx\n```\n```output nondeterministic\nold\n```\n", [0: "new"]).rewrittenCells, [])
    }

    func testIndentedFenceGetsItsIndentationBackOnEveryLine() throws {
        // CommonMark takes up to the fence's indentation off each content line: written without
        // it, "  x" read back as "x" and `lesson test` failed right after `lesson update`.
        let text = "  ```swift\n  print(\"  x\")\n  ```\n\n  ```output\n  old\n  ```\n"
        let updated = try update(text, [0: "  x\n\n    y\n"])
        XCTAssertEqual(updated.text, "  ```swift\n  print(\"  x\")\n  ```\n\n  ```output\n    x\n\n      y\n  ```\n")
        let reread = Lesson.parse(text: updated.text, file: "u.md")
        XCTAssertEqual(reread.cells[0].expected?.text, "  x\n\n    y\n")
        XCTAssertTrue(try update(updated.text, [0: "  x\n\n    y\n"]).changesNothing)

        let added = try update("   ```swift\n   print(1)\n   ```\n", [0: " 1\n"], addMissing: true)
        XCTAssertEqual(added.text, "   ```swift\n   print(1)\n   ```\n\n   ```output\n    1\n   ```\n")
        XCTAssertEqual(Lesson.parse(text: added.text, file: "u.md").cells[0].expected?.text, " 1\n")
    }

    func testCRLFFileStaysCRLF() throws {
        let text = "# T\r\n\r\n```swift\r\nprint(1)\r\n```\r\n\r\n```output\r\nold\r\n```\r\n\r\n```swift\r\nprint(2)\r\n```\r\n"
        let result = try update(text, [0: "1\n", 1: "2\n3\n"], addMissing: true)
        XCTAssertEqual(result.text, "# T\r\n\r\n```swift\r\nprint(1)\r\n```\r\n\r\n```output\r\n1\r\n```\r\n\r\n"
            + "```swift\r\nprint(2)\r\n```\r\n\r\n```output\r\n2\r\n3\r\n```\r\n")
        let again = try update(result.text, [0: "1\n", 1: "2\n3\n"], addMissing: true)
        XCTAssertTrue(again.changesNothing)
        XCTAssertEqual(Lesson.parse(text: result.text, file: "u.md").cells[1].expected?.text, "2\n3\n")
    }

    func testMixedLineEndingsFollowTheBlock() throws {
        let text = "# LF part\n\n```swift\nx\n```\n\n```output\nold\n```\n\n```swift\r\ny\r\n```\r\n"
        let result = try update(text, [0: "a\nb", 1: "c\nd"], addMissing: true)
        XCTAssertEqual(result.text, "# LF part\n\n```swift\nx\n```\n\n```output\na\nb\n```\n\n"
            + "```swift\r\ny\r\n```\r\n\r\n```output\r\nc\r\nd\r\n```\r\n")
    }

    func testCellAtEndOfFileWithoutNewline() throws {
        let text = "```swift\nprint(1)\n```"
        let result = try update(text, [0: "1\n"], addMissing: true)
        XCTAssertEqual(result.text, "```swift\nprint(1)\n```\n\n```output\n1\n```")
    }

    func testOutputContainingAFenceGetsALongerFence() throws {
        let text = "```swift\nx\n```\n\n```output\nold\n```\n"
        let result = try update(text, [0: "before\n```\nafter\n"])
        XCTAssertEqual(result.text, "```swift\nx\n```\n\n````output\nbefore\n```\nafter\n````\n")
        XCTAssertEqual(Lesson.parse(text: result.text, file: "u.md").cells[0].expected?.text, "before\n```\nafter\n")
        let added = try update("```swift\nx\n```\n", [0: "````\n"], addMissing: true)
        XCTAssertEqual(added.text, "```swift\nx\n```\n\n`````output\n````\n`````\n")
    }

    func testEmptyBlockFilledWithAFenceLine() throws {
        let text = "```swift\nx\n```\n\n```output\n```\n"
        let result = try update(text, [0: "```\n"])
        XCTAssertEqual(result.text, "```swift\nx\n```\n\n````output\n```\n````\n")
    }

    func testByteOrderMarkAndChineseKept() throws {
        let text = "\u{FEFF}# 标题\n\n```swift\nprint(\"你好\")\n```\n\n```output\n旧\n```\n"
        let result = try update(text, [0: "你好\n"])
        XCTAssertEqual(result.text, text.replacingOccurrences(of: "旧", with: "你好"))
        XCTAssertTrue(result.text.hasPrefix("\u{FEFF}"))
    }

    func testRefusesUnclosedFenceAndInvalidUTF8() {
        XCTAssertThrowsError(try update("```swift\nx\n```\n\n```output\n1\n", [0: "2"])) { error in
            XCTAssertEqual((error as? LessonUpdateError)?.diagnostics.map(\.kind), [.unclosedFence])
        }
        let bad = Lesson.parse(data: Data([0x61, 0xFF, 0x0A]), file: "bad.md")
        XCTAssertThrowsError(try LessonUpdater(lesson: bad).update(actualOutputs: [:]))
    }
}
