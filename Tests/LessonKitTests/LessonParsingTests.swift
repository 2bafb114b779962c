import XCTest
@testable import LessonKit

final class LessonParsingTests: XCTestCase {
    static let sample = """
    ---
    title: 2-D cross-correlation
    section: 5.1
    seed: 42
    atol: 1e-3
    lang: en
    ---

    # Cross-correlation

    Prose with $x$.

    ```swift hidden timeout=2.5s
    let X = tensor([[0, 1], [2, 3]])
    X
    ```

    ```output approx
    tensor([[0., 1.],
            [2., 3.]])
    ```

    ```python
    print(1)
    ```

    ```swift ignore
    broken(
    ```

    More prose.

    """

    func testFrontMatter() {
        let lesson = Lesson.parse(text: Self.sample, file: "a.md")
        XCTAssertEqual(lesson.diagnostics, [])
        XCTAssertEqual(lesson.frontMatter.title, "2-D cross-correlation")
        XCTAssertEqual(lesson.frontMatter.section, "5.1")
        XCTAssertEqual(lesson.frontMatter.seed, 42)
        XCTAssertEqual(lesson.frontMatter.atol, 1e-3)
        XCTAssertNil(lesson.frontMatter.rtol)
        XCTAssertEqual(lesson.frontMatter.lang, "en")
        XCTAssertEqual(lesson.frontMatter.lines, 1...7)
    }

    func testSeedDefaultsToZeroWithoutFrontMatter() {
        let lesson = Lesson.parse(text: "# Only prose\n", file: "a.md")
        XCTAssertEqual(lesson.frontMatter.seed, 0)
        XCTAssertNil(lesson.frontMatter.lines)
        XCTAssertEqual(lesson.blocks.count, 1)
        XCTAssertEqual(lesson.title, "Only prose", "the first heading stands in for a missing title")
        XCTAssertEqual(Lesson.parse(text: Self.sample, file: "a.md").title, "2-D cross-correlation")
    }

    func testBlocksInOrder() {
        let lesson = Lesson.parse(text: Self.sample, file: "a.md")
        let kinds = lesson.blocks.map { block -> String in
            switch block {
            case .prose: return "prose"
            case .cell(let cell): return "cell\(cell.index)"
            case .output(_, let owner): return "output(\(owner.map(String.init) ?? "none"))"
            case .fence(let fence): return "fence(\(fence.language))"
            }
        }
        XCTAssertEqual(kinds, ["prose", "cell0", "output(0)", "fence(python)", "cell1", "prose"])
        guard case .prose(let prose) = lesson.blocks[0] else { return XCTFail() }
        XCTAssertEqual(prose.markdown, "# Cross-correlation\n\nProse with $x$.")
        XCTAssertEqual(prose.range.start, SourcePosition(line: 9, column: 1))
    }

    func testCellsAttributesAndExpectedOutput() throws {
        let lesson = Lesson.parse(text: Self.sample, file: "a.md")
        XCTAssertEqual(lesson.cells.count, 2)
        let first = lesson.cells[0]
        XCTAssertEqual(first.source, "let X = tensor([[0, 1], [2, 3]])\nX\n")
        XCTAssertEqual(first.firstCodeLine, 14)
        XCTAssertEqual(first.range.start.line, 13)
        XCTAssertEqual(first.range.end.line, 16)
        XCTAssertTrue(first.attributes.hidden)
        XCTAssertEqual(first.attributes.timeout, 2.5)
        XCTAssertFalse(first.attributes.ignore)
        let expected = try XCTUnwrap(first.expected)
        XCTAssertEqual(expected.text, "tensor([[0., 1.],\n        [2., 3.]])\n")
        XCTAssertEqual(expected.firstContentLine, 19)
        XCTAssertTrue(expected.options.approx)
        XCTAssertEqual(expected.options.atol, 1e-3, "front matter atol is the default")
        XCTAssertEqual(expected.options.rtol, OutputOptions.defaultRtol)
        XCTAssertTrue(lesson.cells[1].attributes.ignore)
        XCTAssertNil(lesson.cells[1].expected)
    }

    func testAllCellAttributes() {
        let text = "```swift error save exercise=ex1 check hint solution timeout=500ms\nx\n```\n"
        let attributes = Lesson.parse(text: text, file: "a.md").cells[0].attributes
        XCTAssertTrue(attributes.expectsError)
        XCTAssertTrue(attributes.save)
        XCTAssertEqual(attributes.exercise, "ex1")
        XCTAssertTrue(attributes.check && attributes.hint && attributes.solution)
        XCTAssertEqual(attributes.timeout, 0.5)
    }

    func testOutputOptions() throws {
        let text = "```swift\nx\n```\n\n```output atol=0.5 rtol=0.25 ellipsis nondeterministic\n1\n```\n"
        let options = try XCTUnwrap(Lesson.parse(text: text, file: "a.md").cells[0].expected?.options)
        XCTAssertEqual(options, OutputOptions(approx: true, atol: 0.5, rtol: 0.25, ellipsis: true, nondeterministic: true))
    }

    func testRangesCountCharactersInChineseLesson() throws {
        let text = "# 二维卷积\n\n输入是 $\\mathsf{X}$。\n\n  ```swift  ignore  未知\nlet 张量 = 1\n  ```\n"
        let lesson = Lesson.parse(text: text, file: "zh.md")
        let cell = lesson.cells[0]
        XCTAssertEqual(cell.range.start, SourcePosition(line: 5, column: 3))
        XCTAssertEqual(cell.range.end, SourcePosition(line: 7, column: 5))
        XCTAssertEqual(cell.source, "let 张量 = 1\n")
        XCTAssertEqual(lesson.diagnostics.count, 1)
        let diagnostic = try XCTUnwrap(lesson.diagnostics.first)
        XCTAssertEqual(diagnostic.kind, .unknownAttribute)
        XCTAssertEqual(diagnostic.line, 5)
        XCTAssertEqual(diagnostic.column, 21)
        guard case .prose(let prose) = lesson.blocks[0] else { return XCTFail() }
        XCTAssertEqual(prose.range.end, SourcePosition(line: 3, column: 17))
    }

    func testCRLFFile() throws {
        let text = "---\r\ntitle: T\r\n---\r\n\r\n```swift\r\nprint(1)\r\n```\r\n\r\n```output\r\n1\r\n```\r\n"
        let lesson = Lesson.parse(text: text, file: "crlf.md")
        XCTAssertEqual(lesson.diagnostics, [])
        XCTAssertEqual(lesson.lineEnding, "\r\n")
        XCTAssertEqual(lesson.frontMatter.title, "T")
        XCTAssertEqual(lesson.cells[0].source, "print(1)\n")
        XCTAssertEqual(lesson.cells[0].expected?.text, "1\n")
        XCTAssertEqual(lesson.cells[0].firstCodeLine, 6)
    }

    func testByteOrderMarkAndTabs() {
        let text = "\u{FEFF}---\ntitle: B\n---\n```swift\thidden\n\tlet a = 1\n```\n"
        let lesson = Lesson.parse(text: text, file: "bom.md")
        XCTAssertEqual(lesson.diagnostics, [])
        XCTAssertEqual(lesson.frontMatter.title, "B")
        XCTAssertTrue(lesson.cells[0].attributes.hidden)
        XCTAssertEqual(lesson.cells[0].source, "\tlet a = 1\n")
    }

    func testProseKeepsWholeLinesSoIndentedCodeStaysCode() {
        let lesson = Lesson.parse(text: "```swift\nx\n```\n\n    indented code\n\nText.\n", file: "a.md")
        guard case .prose(let prose) = lesson.blocks.last else { return XCTFail() }
        XCTAssertEqual(prose.markdown, "    indented code\n\nText.")
        XCTAssertEqual(prose.range.start, SourcePosition(line: 5, column: 1))
        XCTAssertTrue(renderHTML(markdown: prose.markdown).hasPrefix("<pre><code>indented code"))
    }

    func testFencesInsideListsStayProse() {
        let lesson = Lesson.parse(text: "- step\n\n  ```swift\n  x\n  ```\n\n> ```output\n> 1\n> ```\n", file: "a.md")
        XCTAssertEqual(lesson.cells.count, 0)
        XCTAssertEqual(lesson.blocks.count, 1)
        XCTAssertEqual(lesson.diagnostics.map(\.kind), [.nestedFence, .nestedFence])
        XCTAssertEqual(lesson.diagnostics.map(\.severity), [.warning, .warning])
        XCTAssertEqual(lesson.diagnostics.map(\.line), [3, 7])
        XCTAssertEqual(lesson.diagnostics.map(\.column), [3, 3])
        XCTAssertFalse(lesson.hasErrors)
    }
}
