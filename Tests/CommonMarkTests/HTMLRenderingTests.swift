import XCTest
@testable import CommonMark

final class HTMLRenderingTests: XCTestCase {
    func testPlainMarkdown() {
        XCTAssertEqual(renderHTML(markdown: "Hello *world*"), "<p>Hello <em>world</em></p>\n")
    }

    func testRawHTMLOmittedUnlessUnsafe() {
        XCTAssertFalse(renderHTML(markdown: "a <script>x</script> b").contains("<script>"))
        XCTAssertTrue(renderHTML(markdown: "a <b>x</b> b", unsafe: true).contains("<b>x</b>"))
    }

    func testStarsInsideMathAreNotEmphasis() {
        let html = renderHTML(markdown: "Product $a*b*c$ here")
        XCTAssertEqual(html, "<p>Product <span class=\"math inline\">\\(a*b*c\\)</span> here</p>\n")
        XCTAssertFalse(html.contains("<em>"))
    }

    /// Code spans are code even inside a math candidate, and link targets are URLs and titles:
    /// no math there, and no placeholder may leak into an attribute.
    func testDollarsInCodeSpansAndLinkTargetsAreNotMath() {
        XCTAssertEqual(renderHTML(markdown: "Costs $5 and `$x$` code."), "<p>Costs $5 and <code>$x$</code> code.</p>\n")
        XCTAssertEqual(renderHTML(markdown: "See [a link](https://e.com/$x$) now."),
                       "<p>See <a href=\"https://e.com/$x$\">a link</a> now.</p>\n")
        XCTAssertEqual(renderHTML(markdown: "<https://e.com/$a$/b>"), "<p><a href=\"https://e.com/$a$/b\">https://e.com/$a$/b</a></p>\n")
        XCTAssertEqual(renderHTML(markdown: "![plot of $x^2$](p.png)"), "<p><img src=\"p.png\" alt=\"plot of $x^2$\" /></p>\n")
        XCTAssertEqual(renderHTML(markdown: "[link $a$](u \"title $t$\")"),
                       "<p><a href=\"u\" title=\"title $t$\">link <span class=\"math inline\">\\(a\\)</span></a></p>\n")
        XCTAssertEqual(renderHTML(markdown: "[r]: https://e.com/$a$b\n\nSee [r]."), "<p>See <a href=\"https://e.com/$a$b\">r</a>.</p>\n")
    }

    func testSubscriptBracePairsAreNotEmphasis() {
        let html = renderHTML(markdown: "$x_{i}_j$ and $\\mathbf{X}_{i,j}^{}_k$")
        XCTAssertFalse(html.contains("<em>"))
        XCTAssertTrue(html.contains("\\(\\mathbf{X}_{i,j}^{}_k\\)"))
    }

    func testBackslashesSurvive() {
        let html = renderHTML(markdown: "$$\\begin{matrix} a \\\\ b \\end{matrix}$$ and $\\{x\\} \\_y$")
        XCTAssertTrue(html.contains("\\[\\begin{matrix} a \\\\ b \\end{matrix}\\]"), html)
        XCTAssertTrue(html.contains("\\(\\{x\\} \\_y\\)"), html)
    }

    func testBracketsAreNotALink() {
        let html = renderHTML(markdown: "$f[x](y)$")
        XCTAssertFalse(html.contains("<a "))
        XCTAssertTrue(html.contains("\\(f[x](y)\\)"))
    }

    func testTeXIsHTMLEscaped() {
        XCTAssertTrue(renderHTML(markdown: "$a<b & c>d$").contains("\\(a&lt;b &amp; c&gt;d\\)"))
    }

    func testDisplayMathAloneIsADiv() {
        let html = renderHTML(markdown: "Before\n\n$$\n\\sum_{i} x_i * y_i\n$$\n\nAfter")
        XCTAssertTrue(html.contains("<div class=\"math display\">\\[\n\\sum_{i} x_i * y_i\n\\]</div>"), html)
        XCTAssertFalse(html.contains("<p><div"))
    }

    func testDollarsInCodeAreNotMath() {
        let html = renderHTML(markdown: "Use `$a*b*c$` or\n\n```\nlet s = \"$x_1$\"\n```\n\nand ``$`y`$``")
        XCTAssertFalse(html.contains("math"), html)
        XCTAssertTrue(html.contains("<code>$a*b*c$</code>"))
        XCTAssertTrue(html.contains("let s = &quot;$x_1$&quot;"))
    }

    func testDollarsThatAreNotMath() {
        XCTAssertFalse(renderHTML(markdown: "It costs $5 and $10.").contains("math"))
        XCTAssertFalse(renderHTML(markdown: "A \\$x\\$ literal").contains("math"))
        XCTAssertFalse(renderHTML(markdown: "$ spaced $").contains("math"))
        XCTAssertFalse(renderHTML(markdown: "$a\n\nb$").contains("math"))
    }

    func testMathInsideEmphasisAndChineseText() {
        let html = renderHTML(markdown: "输入 *$\\mathbf{X}$* 的形状")
        XCTAssertEqual(html, "<p>输入 <em><span class=\"math inline\">\\(\\mathbf{X}\\)</span></em> 的形状</p>\n")
    }

    func testMathScannerSpans() {
        let spans = MathScanner.spans(in: "a $x$ b $$y$$")
        XCTAssertEqual(spans.map(\.tex), ["x", "y"])
        XCTAssertEqual(spans.map(\.isDisplay), [false, true])
        XCTAssertEqual(spans.first?.byteRange, 2..<5)
    }
}

/// Each case first shows that plain cmark really mangles the TeX, then that `renderHTML` does not.
final class MathManglingTests: XCTestCase {
    private func plainCmark(_ markdown: String) -> String { CommonMarkConverter.html(markdown: markdown, unsafe: false) }

    func testStarsBecomeEmphasis() {
        XCTAssertTrue(plainCmark("$a*b*c$").contains("<em>"))
        XCTAssertEqual(renderHTML(markdown: "$a*b*c$"), "<p><span class=\"math inline\">\\(a*b*c\\)</span></p>\n")
    }

    func testUnderscoresAfterBracesPairAcrossSpans() {
        let markdown = "$\\mathbf{X}_{i}$ and $\\mathbf{K}_{j}$"
        XCTAssertTrue(plainCmark(markdown).contains("<em>"))
        XCTAssertEqual(renderHTML(markdown: markdown),
                       "<p><span class=\"math inline\">\\(\\mathbf{X}_{i}\\)</span> and "
                       + "<span class=\"math inline\">\\(\\mathbf{K}_{j}\\)</span></p>\n")
    }

    func testEscapesLoseTheirBackslash() {
        let markdown = "$$a \\\\ b \\{c\\} d\\_e$$"
        let plain = plainCmark(markdown)
        XCTAssertFalse(plain.contains("\\\\"))
        XCTAssertFalse(plain.contains("\\{"))
        XCTAssertFalse(plain.contains("\\_"))
        XCTAssertEqual(renderHTML(markdown: markdown), "<div class=\"math display\">\\[a \\\\ b \\{c\\} d\\_e\\]</div>\n")
    }

    func testBracketsAndParenthesesBecomeALink() {
        XCTAssertTrue(plainCmark("$f[x](y)$").contains("<a href=\"y\">"))
        XCTAssertEqual(renderHTML(markdown: "$f[x](y)$"), "<p><span class=\"math inline\">\\(f[x](y)\\)</span></p>\n")
    }
}
