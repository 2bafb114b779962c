import XCTest
@testable import CommonMark

final class MarkdownDocumentTests: XCTestCase {
    private func fence(_ block: MarkdownBlock?, file: StaticString = #filePath, line: UInt = #line) -> FencedCode? {
        guard case .fencedCode(let code)? = block?.kind else {
            XCTFail("expected a fenced code block, got \(String(describing: block?.kind))", file: file, line: line)
            return nil
        }
        return code
    }

    func testBlockKindsInOrder() {
        let doc = MarkdownDocument(parsing: "# Title\n\ntext\n\n***\n\n> quote\n\n1. a\n2. b\n\n<div>x</div>\n\n    indented\n")
        let names = doc.blocks.map { block -> String in
            switch block.kind {
            case .heading(let level, let text): return "h\(level):\(text)"
            case .paragraph: return "p"
            case .thematicBreak: return "hr"
            case .blockQuote(let inner): return "quote(\(inner.count))"
            case .list(let info, let items): return "list(\(info.ordered),\(info.start),\(items.count))"
            case .html: return "html"
            case .indentedCode(let literal): return "code(\(literal))"
            default: return "?"
            }
        }
        XCTAssertEqual(names, ["h1:Title", "p", "hr", "quote(1)", "list(true,1,2)", "html", "code(indented\n)"])
    }

    func testHeadingPlainText() {
        let doc = MarkdownDocument(parsing: "## The *`corr2d`* function <b>x</b> of $X$\n")
        XCTAssertEqual(doc.blocks[0].kind, .heading(level: 2, text: "The corr2d function x of $X$"))
    }

    func testColumnsCountCharactersInChineseText() {
        let source = "## 二维互相关运算\n\n卷积层是*互相关*运算 $x$。\n"
        let doc = MarkdownDocument(parsing: source)
        XCTAssertEqual(doc.blocks.count, 2)
        XCTAssertEqual(doc.blocks[0].range, SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 10)))
        // 卷积层是*互相关*运算 $x$。 is 16 characters (but 36 bytes).
        XCTAssertEqual(doc.blocks[1].range, SourceRange(start: .init(line: 3, column: 1), end: .init(line: 3, column: 16)))
        XCTAssertEqual(doc.text(ofBytes: doc.blocks[1].byteRange), "卷积层是*互相关*运算 $x$。")
    }

    func testNestedBlockColumnsAfterChineseMarker() {
        let doc = MarkdownDocument(parsing: "> 引用\n> ```\n> 代码\n> ```\n")
        guard case .blockQuote(let inner) = doc.blocks[0].kind else { return XCTFail("no quote") }
        XCTAssertEqual(inner[0].range.start, SourcePosition(line: 1, column: 3))
        XCTAssertEqual(inner[0].range.end, SourcePosition(line: 1, column: 4))
        let code = fence(inner[1])
        XCTAssertEqual(code?.literal, "代码\n")
        XCTAssertEqual(code?.isClosed, true)
    }

    func testFenceDetailsAreReadFromSource() throws {
        let source = "text\n\n~~~~~ swift ignore  timeout=5s  \nlet a = 1\n~~~~~~\n"
        let doc = MarkdownDocument(parsing: source)
        let code = try XCTUnwrap(fence(doc.blocks.last))
        XCTAssertEqual(code.fenceCharacter, "~")
        XCTAssertEqual(code.fenceLength, 5)
        XCTAssertEqual(code.info, "swift ignore  timeout=5s")
        XCTAssertEqual(code.language, "swift")
        XCTAssertEqual(code.attributeWords, ["ignore", "timeout=5s"])
        XCTAssertEqual(doc.text(ofBytes: code.infoByteRange), "swift ignore  timeout=5s")
        XCTAssertEqual(doc.text(ofBytes: code.contentByteRange), "let a = 1\n")
        XCTAssertEqual(code.openingLine, 3)
        XCTAssertEqual(code.closingLine, 5)
    }

    func testUnclosedFenceIsDetected() throws {
        let doc = MarkdownDocument(parsing: "```swift\nlet a = 1\n\n")
        let code = try XCTUnwrap(fence(doc.blocks.first))
        XCTAssertFalse(code.isClosed)
        XCTAssertNil(code.closingLine)
        let bare = try XCTUnwrap(fence(MarkdownDocument(parsing: "```swift").blocks.first))
        XCTAssertFalse(bare.isClosed)
    }

    func testIndentedBacktickLineDoesNotCloseFence() throws {
        let doc = MarkdownDocument(parsing: "```\n    ```\n")
        XCTAssertEqual(try XCTUnwrap(fence(doc.blocks.first)).isClosed, false)
    }

    func testCRLFLinesAndByteRanges() throws {
        let source = "para\r\n\r\n```swift\r\nlet x = 1\r\n```\r\n"
        let doc = MarkdownDocument(parsing: source)
        XCTAssertEqual(doc.lines.lineEnding, "\r\n")
        let code = try XCTUnwrap(fence(doc.blocks.last))
        XCTAssertEqual(code.literal, "let x = 1\n")
        XCTAssertEqual(doc.text(ofBytes: code.contentByteRange), "let x = 1\r\n")
        XCTAssertEqual(doc.blocks.last?.range.start, SourcePosition(line: 3, column: 1))
        XCTAssertTrue(code.isClosed)
    }

    func testByteOrderMarkIsNotAColumn() {
        let doc = MarkdownDocument(parsing: "\u{FEFF}# 标题\n")
        XCTAssertEqual(doc.blocks[0].range.start, SourcePosition(line: 1, column: 1))
        XCTAssertEqual(doc.blocks[0].byteRange.lowerBound, 3)
    }

    func testSkippedLinesKeepPositions() {
        let source = "---\ntitle: x\n# not a heading\n---\n# 真\n"
        let doc = MarkdownDocument(parsing: source, skippingLines: 4)
        XCTAssertEqual(doc.blocks.count, 1)
        XCTAssertEqual(doc.blocks[0].kind, .heading(level: 1, text: "真"))
        XCTAssertEqual(doc.blocks[0].range.start.line, 5)
        XCTAssertEqual(doc.text(ofBytes: doc.blocks[0].byteRange), "# 真")
    }

    func testTabsCountAsOneColumn() {
        let doc = MarkdownDocument(parsing: "-\t项目\n")
        guard case .list(_, let items) = doc.blocks[0].kind else { return XCTFail("no list") }
        XCTAssertEqual(items[0][0].range.start, SourcePosition(line: 1, column: 3))
    }

    func testSourceLinesPositions() {
        let lines = SourceLines("ab\r\n你好x\rz")
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(lines.text(ofLine: 2), "你好x")
        XCTAssertEqual(lines.position(line: 2, byteColumn: 7), SourcePosition(line: 2, column: 3))
        XCTAssertEqual(lines.line(containing: 12), 3)
    }
}
