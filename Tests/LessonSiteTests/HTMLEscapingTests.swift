import XCTest
@testable import LessonSite
@testable import LessonFigures

final class HTMLEscapingTests: XCTestCase {
    func testEscapesMarkupCharactersAndQuotes() {
        XCTAssertEqual(HTML.escape("<script>alert('x')</script>"), "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        XCTAssertEqual(HTML.escape("a & b \"c\""), "a &amp; b &quot;c&quot;")
    }

    func testAmpersandIsEscapedOnceSoEntitiesStayLiteral() {
        XCTAssertEqual(HTML.escape("&lt;"), "&amp;lt;")
    }

    func testLeavesOtherTextAloneIncludingChinese() {
        XCTAssertEqual(HTML.escape("二维互相关 x×y ✓"), "二维互相关 x×y ✓")
        XCTAssertEqual(HTML.escape(""), "")
    }

    func testOutputDiffCodeAndTitleAreEscapedOnThePage() throws {
        let hostile = "<script>alert(\"&\")</script>"
        let lesson = SiteLesson(slug: "x", title: "Title \(hostile)", section: "1", status: .failed, blocks: [
            .code(source: "print(\"\(hostile)\")", output: SiteOutput(text: hostile, badge: .failed(diff: "-\(hostile)\n+ok"))),
            .otherFence(info: "text \(hostile)", text: hostile),
        ])
        let dir = try makeTemporaryDirectory(self)
        try SiteWriter.write(lessons: [lesson], to: dir, options: SiteOptions(katexDirectory: nil))
        for page in ["x.html", "index.html"] {
            let html = try readText(dir.appendingPathComponent(page))
            XCTAssertFalse(html.contains("<script>alert"), "raw script tag in \(page)")
            XCTAssertTrue(html.contains("&lt;script&gt;alert"), "escaped text missing from \(page)")
        }
        let lessonPage = try readText(dir.appendingPathComponent("x.html"))
        let escaped = "&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt;"
        XCTAssertTrue(lessonPage.contains("<title>1 Title \(escaped)"))
        XCTAssertTrue(lessonPage.contains("<span class=\"lesson-title\">Title \(escaped)</span>"))
        XCTAssertTrue(lessonPage.contains("<pre class=\"output-text\">\(escaped)</pre>"))
        XCTAssertTrue(lessonPage.contains("<span class=\"del\">-\(escaped)</span>"))
        XCTAssertTrue(lessonPage.contains("<pre><code>\(escaped)</code></pre>"))
    }
}
