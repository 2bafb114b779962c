import XCTest
@testable import LessonSite

final class KaTeXAssetsTests: XCTestCase {
    /// A KaTeX folder laid out like Debian's: `katex.min.js` and `fonts/` are symbolic links.
    private func makeFakeKaTeX() throws -> URL {
        let root = try makeTemporaryDirectory(self)
        let katex = root.appendingPathComponent("katex"), fontStore = root.appendingPathComponent("truetype")
        let manager = FileManager.default
        try manager.createDirectory(at: katex.appendingPathComponent("contrib"), withIntermediateDirectories: true)
        try manager.createDirectory(at: fontStore, withIntermediateDirectories: true)
        try Data("/* katex */".utf8).write(to: katex.appendingPathComponent("katex.js"))
        try manager.createSymbolicLink(atPath: katex.appendingPathComponent("katex.min.js").path, withDestinationPath: "katex.js")
        try Data(".katex{}".utf8).write(to: katex.appendingPathComponent("katex.min.css"))
        try Data("/* auto-render */".utf8).write(to: katex.appendingPathComponent("contrib/auto-render.js"))
        try Data("font".utf8).write(to: fontStore.appendingPathComponent("KaTeX_Main-Regular.woff2"))
        try manager.createSymbolicLink(atPath: katex.appendingPathComponent("fonts").path, withDestinationPath: "../truetype")
        return katex
    }

    func testCopiesFilesNotLinksAndPagesLoadKaTeXRelatively() throws {
        let site = try makeTemporaryDirectory(self)
        let lesson = SiteLesson(slug: "m", title: "Math", section: "1", status: .passed,
                                blocks: [.prose(html: "<p><span class=\"math inline\">\\(x\\)</span></p>")])
        try SiteWriter.write(lessons: [lesson], to: site, options: SiteOptions(katexDirectory: try makeFakeKaTeX()))
        let assets = site.appendingPathComponent("assets/katex")
        for file in ["katex.min.js", "katex.min.css", "contrib/auto-render.js", "fonts/KaTeX_Main-Regular.woff2"] {
            let path = assets.appendingPathComponent(file).path
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeRegular, "\(file) should be a plain file")
        }
        XCTAssertEqual(try readText(assets.appendingPathComponent("katex.min.js")), "/* katex */")
        let page = try readText(site.appendingPathComponent("m.html"))
        XCTAssertTrue(page.contains("<script defer src=\"assets/katex/katex.min.js\"></script>"))
        XCTAssertTrue(page.contains("<script defer src=\"assets/katex/contrib/auto-render.js\"></script>"))
        XCTAssertTrue(page.contains("{left: \"\\\\(\", right: \"\\\\)\", display: false}"))
        XCTAssertTrue(page.contains("{left: \"\\\\[\", right: \"\\\\]\", display: true}"))
    }

    func testIncompleteKaTeXIsSkippedAndTheTeXStaysReadable() throws {
        let katex = try makeFakeKaTeX()
        try FileManager.default.removeItem(at: katex.appendingPathComponent("contrib/auto-render.js"))
        let site = try makeTemporaryDirectory(self)
        let lesson = SiteLesson(slug: "m", title: "Math", section: "1", status: .passed,
                                blocks: [.prose(html: "<p><span class=\"math inline\">\\(x\\)</span></p>")])
        try SiteWriter.write(lessons: [lesson], to: site, options: SiteOptions(katexDirectory: katex))
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("assets/katex").path))
        let page = try readText(site.appendingPathComponent("m.html"))
        XCTAssertFalse(page.contains("katex"))
        XCTAssertTrue(page.contains("\\(x\\)"))
    }
}
