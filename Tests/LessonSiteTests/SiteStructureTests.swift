import XCTest
@testable import LessonSite

final class SiteStructureTests: XCTestCase {
    private func lesson(_ slug: String, _ section: String, _ title: String, lang: String = "en",
                        status: SiteLesson.Status = .passed, blocks: [SiteBlock] = []) -> SiteLesson {
        SiteLesson(slug: slug, title: title, section: section, lang: lang, status: status,
                   blocks: blocks.isEmpty ? [.prose(html: "<p>Body of \(title).</p>")] : blocks)
    }

    /// Given out of order, in two languages, with a Chinese slug holding a slash.
    private var lessons: [SiteLesson] {
        [
            lesson("5.1.10-late", "5.1.10", "Tenth", status: .notChecked),
            lesson("5.1.2-layer", "5.1.2", "Layer", status: .failed),
            lesson("zh/5.1.1-corr", "5.1.1", "互相关", lang: "zh"),
            lesson("5.1.1-corr", "5.1.1", "Correlation"),
            lesson("zh/5.1.2-layer", "5.1.2", "卷积层", lang: "zh", status: .failed),
        ]
    }

    private func writeSite() throws -> URL {
        let dir = try makeTemporaryDirectory(self)
        try SiteWriter.write(lessons: lessons, to: dir, options: SiteOptions(title: "Book", katexDirectory: nil))
        return dir
    }

    func testIndexListsEveryLessonInSectionOrderWithItsStatus() throws {
        let index = try readText(try writeSite().appendingPathComponent("index.html"))
        let expected = [
            ("5.1.1-corr.html", "Correlation", "passed"), ("5.1.2-layer.html", "Layer", "failed"),
            ("5.1.10-late.html", "Tenth", "notChecked"),
            ("zh-5.1.1-corr.html", "互相关", "passed"), ("zh-5.1.2-layer.html", "卷积层", "failed"),
        ]
        var previousPosition = index.startIndex
        for (file, title, status) in expected {
            let entry = "<a href=\"\(file)\"><span class=\"section-number\">"
            guard let range = index.range(of: entry) else { return XCTFail("no entry for \(file)") }
            XCTAssertGreaterThan(range.lowerBound, previousPosition, "\(file) out of order")
            previousPosition = range.lowerBound
            let line = index[range.lowerBound...].prefix { $0 != "\n" }
            XCTAssertTrue(line.contains("<span class=\"toc-title\">\(title)</span>"), String(line))
            XCTAssertTrue(line.contains("badge-\(status)"), String(line))
        }
        XCTAssertTrue(index.contains("<section class=\"toc-language\" lang=\"zh\">\n<h2>中文</h2>"))
        XCTAssertTrue(index.contains("<p class=\"tally\">3 lessons: 1 passed, 1 failed, 1 not checked</p>"))
        XCTAssertTrue(index.contains("<p class=\"tally\">共 2 课：通过 1，失败 1</p>"))
        XCTAssertTrue(index.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    }

    func testPreviousAndNextLinksStayWithinTheLanguage() throws {
        let dir = try writeSite()
        let first = try readText(dir.appendingPathComponent("5.1.1-corr.html"))
        XCTAssertFalse(first.contains("rel=\"prev\""))
        XCTAssertTrue(first.contains("<a rel=\"next\" href=\"5.1.2-layer.html\">"))
        let middle = try readText(dir.appendingPathComponent("5.1.2-layer.html"))
        XCTAssertTrue(middle.contains("<a rel=\"prev\" href=\"5.1.1-corr.html\">"))
        XCTAssertTrue(middle.contains("<a rel=\"next\" href=\"5.1.10-late.html\">"))
        let lastEnglish = try readText(dir.appendingPathComponent("5.1.10-late.html"))
        XCTAssertFalse(lastEnglish.contains("rel=\"next\""), "must not lead into the Chinese lessons")
        let chinese = try readText(dir.appendingPathComponent("zh-5.1.1-corr.html"))
        XCTAssertTrue(chinese.contains("<a rel=\"next\" href=\"zh-5.1.2-layer.html\">"))
        XCTAssertFalse(chinese.contains("rel=\"prev\""))
    }

    func testPagesCarryTheirLanguageAndRelativeAssetLinks() throws {
        let dir = try writeSite()
        let chinese = try readText(dir.appendingPathComponent("zh-5.1.2-layer.html"))
        XCTAssertTrue(chinese.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh\">"))
        XCTAssertTrue(chinese.contains("<link rel=\"stylesheet\" href=\"assets/site.css\">"))
        XCTAssertTrue(chinese.contains("上一节"))
        let english = try readText(dir.appendingPathComponent("5.1.2-layer.html"))
        XCTAssertTrue(english.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        for html in [chinese, english] {
            XCTAssertFalse(html.contains("http://") || html.contains("https://"), "no network links")
            XCTAssertFalse(html.contains("href=\"/"), "no absolute paths")
        }
        let css = try readText(dir.appendingPathComponent("assets/site.css"))
        XCTAssertTrue(css.contains("\"Noto Sans CJK SC\", \"WenQuanYi Micro Hei\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif"))
        XCTAssertTrue(css.contains("@media (prefers-color-scheme: dark)"))
        for kind in ["keyword", "identifier", "type", "string", "number", "comment", "operator"] {
            XCTAssertTrue(css.contains(".hl-\(kind) {"), "no colour for \(kind)")
        }
    }

    func testOnlyTheGivenBlocksAppearSoHiddenCellsStayHidden() throws {
        // The runner drops hidden cells; the cell between these two is such a cell.
        let visible = lesson("a", "1", "A", blocks: [
            .code(source: "let shown = 1", output: nil),
            .code(source: "shown + 1", output: SiteOutput(text: "2", badge: .passed)),
        ])
        let dir = try makeTemporaryDirectory(self)
        try SiteWriter.write(lessons: [visible], to: dir, options: SiteOptions(katexDirectory: nil))
        let page = try readText(dir.appendingPathComponent("a.html"))
        XCTAssertEqual(count("<div class=\"cell\">", in: page), 2)
        XCTAssertEqual(count("<div class=\"output output-passed\">", in: page), 1)
        XCTAssertFalse(page.contains("class=\"pager\""), "a lone lesson has nowhere to go")
    }

    /// A failed lesson says why at the top of its page, even when no cell failed (bad YAML).
    func testProblemsWithTheFileAreListedOnThePage() throws {
        var page = lesson("p", "4", "P", blocks: [.prose(html: "<p>x</p>")])
        page.status = .failed
        page.problems = ["1:10: error: unknown attribute 'title' <here>"]
        let dir = try makeTemporaryDirectory(self)
        try SiteWriter.write(lessons: [page], to: dir, options: SiteOptions(katexDirectory: nil))
        let html = try readText(dir.appendingPathComponent("p.html"))
        XCTAssertTrue(html.contains("<ul class=\"lesson-problems\">\n<li>1:10: error: unknown attribute &#39;title&#39; &lt;here&gt;</li>"), html)
    }

    func testACheckedCellThatPrintsNothingGetsAHeaderLineNotAnEmptyBox() throws {
        let page = lesson("c", "3", "C", blocks: [
            .code(source: "check()", output: SiteOutput(text: "", badge: .passed)),
            .code(source: "show()", output: SiteOutput(text: "1\n", badge: .passed)),
        ])
        let dir = try makeTemporaryDirectory(self)
        try SiteWriter.write(lessons: [page], to: dir, options: SiteOptions(katexDirectory: nil))
        let html = try readText(dir.appendingPathComponent("c.html"))
        XCTAssertEqual(count("<div class=\"output output-passed output-empty\">", in: html), 1)
        XCTAssertEqual(count("<span class=\"output-label\">No output</span>", in: html), 1)
        XCTAssertEqual(count("<pre class=\"output-text\">", in: html), 1, "only the cell that printed has a text box")
    }

    func testBlocksRenderInOrderWithBadgesAndFigures() throws {
        let figure = Figure.heatmap([[0, 1], [1, 0]])
        let page = lesson("b", "2", "B", blocks: [
            .prose(html: "<p>First <span class=\"math inline\">\\(x\\)</span></p>"),
            .code(source: "show()", output: SiteOutput(text: "before\n\(figure.summary)", badge: .notChecked, figures: [figure])),
            .code(source: "fail()", output: SiteOutput(text: "boom", badge: .expectedError)),
            .otherFence(info: "python attr", text: "print(1)"),
        ])
        let dir = try makeTemporaryDirectory(self)
        try SiteWriter.write(lessons: [page], to: dir, options: SiteOptions(katexDirectory: nil))
        let html = try readText(dir.appendingPathComponent("b.html"))
        let markers = ["<p>First <span class=\"math inline\">\\(x\\)</span></p>", "badge-notChecked",
                       "<figure class=\"lesson-figure\"><svg", "badge-expectedError", "<div class=\"fence-info\">python</div>"]
        var cursor = html.startIndex
        for marker in markers {
            guard let range = html.range(of: marker, range: cursor..<html.endIndex) else { return XCTFail("missing or out of order: \(marker)") }
            cursor = range.upperBound
        }
        XCTAssertTrue(html.contains("<pre class=\"output-text\">before</pre>"), "summary line moves to the caption")
        XCTAssertTrue(html.contains("<figcaption>\(figure.summary)</figcaption>"))
        XCTAssertFalse(html.contains("katex"), "no KaTeX requested, TeX stays as written")
    }

    func testFileNamesAreSafeAndUnique() {
        XCTAssertEqual(SitePlan.fileName(forSlug: "zh/5.1.1 x?"), "zh-5.1.1-x-.html")
        XCTAssertEqual(SitePlan.fileName(forSlug: "../up"), "up.html")
        XCTAssertEqual(SitePlan.fileName(forSlug: ""), "lesson.html")
        let plan = SitePlan(lessons: [lesson("same", "1", "A"), lesson("same", "1", "B", lang: "zh"),
                                      lesson("same", "2", "C"), lesson("index", "3", "D")])
        let names = plan.pages.map(\.fileName)
        XCTAssertEqual(Set(names).count, 4)
        XCTAssertFalse(names.contains("index.html"))
        XCTAssertEqual(names, ["same.html", "same-en.html", "index-en.html", "same-zh.html"])
        // One file on a case-insensitive file system (macOS, Windows), so two names.
        let cased = SitePlan(lessons: [lesson("A", "1", "A"), lesson("a", "2", "B"), lesson("INDEX", "3", "C")])
        XCTAssertEqual(cased.pages.map(\.fileName), ["A.html", "a-en.html", "INDEX-en.html"])
    }

    func testEmptySiteStillHasAnIndex() throws {
        let dir = try makeTemporaryDirectory(self)
        try SiteWriter.write(lessons: [], to: dir, options: SiteOptions(katexDirectory: nil))
        XCTAssertTrue(try readText(dir.appendingPathComponent("index.html")).contains("No lessons yet."))
    }

    func testWritingIntoAFileFailsWithAnErrorNamingThePath() throws {
        let dir = try makeTemporaryDirectory(self)
        let blocker = dir.appendingPathComponent("site")
        try Data("not a folder".utf8).write(to: blocker)
        XCTAssertThrowsError(try SiteWriter.write(lessons: lessons, to: blocker, options: SiteOptions(katexDirectory: nil))) { error in
            let siteError = error as? SiteError
            XCTAssertNotNil(siteError)
            XCTAssertTrue(siteError?.path.hasPrefix(blocker.path) ?? false, "\(error)")
        }
    }

    func testPageBodiesAreBalancedMarkup() throws {
        let figure = Figure.correlationFigure(input: [[0, 1, 2], [3, 4, 5], [6, 7, 8]], kernel: [[0, 1], [2, 3]],
                                              output: [[19, 25], [37, 43]], window: (0, 0))
        let rich = lesson("r", "1", "R & <b>", blocks: [
            .prose(html: "<p>Text</p>"),
            .code(source: "let a = 1 < 2 && \"x\" != \"y\"", output: SiteOutput(text: "true", badge: .failed(diff: "-false\n+true"), figures: [figure])),
            .otherFence(info: "text", text: "a < b"),
        ])
        let dir = try makeTemporaryDirectory(self)
        try SiteWriter.write(lessons: [rich, lesson("s", "2", "S")], to: dir, options: SiteOptions(katexDirectory: nil))
        for file in ["r.html", "s.html", "index.html"] {
            let html = try readText(dir.appendingPathComponent(file))
            guard let start = html.range(of: "<body"), let end = html.range(of: "</body>") else { return XCTFail(file) }
            let body = String(html[start.lowerBound..<end.upperBound])
            XCTAssertNoThrow(try parseXML(body), "unbalanced markup in \(file)")
        }
    }
}
