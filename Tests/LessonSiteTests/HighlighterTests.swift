import XCTest
@testable import LessonSite

final class HighlighterTests: XCTestCase {
    /// Removes the span tags and undoes the escaping: what a reader would see.
    private func visibleText(_ html: String) -> String {
        html.replacingOccurrences(of: "<span class=\"[a-z-]+\">", with: "", options: .regularExpression)
            .replacingOccurrences(of: "</span>", with: "")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    func testClassifiesKeywordsIdentifiersNumbersStringsCommentsAndTypes() {
        let html = SwiftHighlighter.highlight("let x: Tensor = tensor([1, 2.5]) // note\nprint(\"hi\")")
        XCTAssertTrue(html.contains("<span class=\"hl-keyword\">let</span>"), html)
        XCTAssertTrue(html.contains("<span class=\"hl-identifier\">x</span>"), html)
        XCTAssertTrue(html.contains("<span class=\"hl-type\">Tensor</span>"), html)
        XCTAssertTrue(html.contains("<span class=\"hl-number\">1</span>"), html)
        XCTAssertTrue(html.contains("<span class=\"hl-number\">2.5</span>"), html)
        XCTAssertTrue(html.contains("<span class=\"hl-comment\">// note</span>"), html)
        XCTAssertTrue(html.contains("<span class=\"hl-string\">&quot;hi&quot;</span>"), html)
    }

    func testOperatorsAndArgumentLabels() {
        let html = SwiftHighlighter.highlight("let y = a .* b\nf(atol: 1e-5)")
        XCTAssertTrue(html.contains("<span class=\"hl-operator\">.*</span>"), html)
        XCTAssertTrue(html.contains("<span class=\"hl-label\">atol</span>"), html)
    }

    func testVisibleTextEqualsTheSourceAndMarkupIsEscaped() {
        let source = "for i in 0..<3 where i < 2 && true {\n    print(\"<b>\\(i)</b> & 'q'\")  /* 多 */\n}\n"
        let html = SwiftHighlighter.highlight(source)
        XCTAssertEqual(visibleText(html), source)
        XCTAssertFalse(html.contains("<b>"))
    }

    func testInvalidCodeStillRendersEveryCharacter() {
        let source = "let = = (( \"unterminated\n}"
        XCTAssertEqual(visibleText(SwiftHighlighter.highlight(source)), source)
        XCTAssertEqual(SwiftHighlighter.highlight(""), "")
    }
}
