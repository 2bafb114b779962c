import XCTest
import Foundation
@testable import LessonKit
import LessonSite

/// What the site shows comes from the run: prose with its math intact, outputs with badges,
/// hidden cells left out, figures drawn.
final class SiteConversionTests: XCTestCase {
    func testHiddenCellsAreLeftOutAndFiguresAreDrawn() {
        let lesson = Lesson.parse(text: """
        ---
        title: Figures
        section: 1.2
        ---

        Some *prose* with $a*b*c$.

        ```swift hidden
        let secret = 41
        ```

        ```swift
        heatmap(ones(2, 3))
        ```

        ```output
        [heatmap 2x3, min 1, max 1]
        ```
        """, file: "f.md")
        let site = SiteConversion.lesson(LessonRunner().run(lesson), slug: "f", unsafe: false)
        XCTAssertEqual(site.title, "Figures")
        XCTAssertEqual(site.status, .passed)
        let codes = site.blocks.compactMap { block -> (String, SiteOutput?)? in
            if case .code(let source, let output) = block { return (source, output) }
            return nil
        }
        XCTAssertEqual(codes.count, 1, "the hidden cell is not shown")
        XCTAssertFalse(codes[0].0.contains("secret"))
        XCTAssertEqual(codes[0].1?.badge, .passed)
        XCTAssertEqual(codes[0].1?.figures.count, 1)
        XCTAssertTrue(codes[0].1?.figures.first?.svg.contains("<title>") ?? false)
    }

    /// A reader sees an exercise's prompt and checks at once, its solutions and hints folded,
    /// hints numbered per exercise; hidden checks are not on the page at all.
    func testSolutionsAndHintsAreFolded() throws {
        let lesson = Lesson.parse(text: """
        ---
        lang: zh
        ---

        Build `K`.

        ```swift exercise=a
        // BEGIN SOLUTION
        let K = tensor([[1, -1]])
        // PLACEHOLDER
        // let K = zeros(1, 2)
        // END SOLUTION
        ```

        ```swift exercise=a check
        expect(K.sum().item() == 0, "K should add up to 0")
        ```

        ```swift exercise=a check hidden
        expect(K.count == 2)
        ```

        ```hint exercise=a
        Entries that add up to *zero*.
        ```

        ```hint exercise=a
        Try `[[1, -1]]`.
        ```

        ```swift exercise=b solution
        let M = 3
        ```

        ```hint exercise=b
        Any number.
        ```
        """, file: "e.md")
        let site = SiteConversion.lesson(LessonRunner().run(lesson), slug: "e", unsafe: false)
        let shape = site.blocks.map { block -> String in
            switch block {
            case .prose: return "prose"
            case .code(let source, _): return source.contains("expect") ? "check" : "code"
            case .otherFence(let info, _): return "fence " + info
            case .folded(.solution, .code(let source, _)): return source.contains("let K") || source.contains("let M") ? "solution" : "?"
            case .folded(.hint(let n), .prose(let html)): return "hint \(n): " + html.trimmingCharacters(in: .whitespacesAndNewlines)
            case .folded: return "other fold"
            }
        }
        XCTAssertEqual(shape, [
            "prose", "solution", "check",
            "hint 1: <p>Entries that add up to <em>zero</em>.</p>", "hint 2: <p>Try <code>[[1, -1]]</code>.</p>",
            "solution", "hint 1: <p>Any number.</p>",
        ])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fold-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try SiteWriter.write(lessons: [site], to: folder)
        let page = try String(contentsOf: folder.appendingPathComponent("e.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<details class=\"folded solution\">\n<summary>参考答案</summary>"), page)
        XCTAssertTrue(page.contains("<details class=\"folded hint\">\n<summary>提示 2</summary>"))
        XCTAssertFalse(page.contains("K.count"), "a hidden check is not on the page")
    }

    /// Prose is rendered a run at a time; a reference link still finds its definition anywhere
    /// in the lesson (but not one shown inside a code block).
    func testReferenceLinksResolveAcrossTheLesson() {
        let lesson = Lesson.parse(text: "See [the book][d2l].\n\n```swift\nprint(1)\n```\n\n[d2l]: https://d2l.ai\n\n```text\n[x]: https://no\n```\n\nAnd [x].\n", file: "r.md")
        let site = SiteConversion.lesson(LessonRunner().run(lesson), slug: "r", unsafe: false)
        let prose = site.blocks.compactMap { block -> String? in if case .prose(let html) = block { return html } else { return nil } }
        XCTAssertTrue(prose[0].contains("<a href=\"https://d2l.ai\">the book</a>"), prose[0])
        XCTAssertTrue(prose.last!.contains("And [x]."), prose.last!)
    }

    func testSlugsAreRelativeToTheSharedFolder() {
        XCTAssertEqual(SiteConversion.slugs(for: ["lessons/a.md", "lessons/zh/a.md"]), ["a", "zh/a"])
        XCTAssertEqual(SiteConversion.slugs(for: ["x.md"]), ["x"])
    }

    /// Every `$…$` and `$$…$$` formula of the shipped lessons reaches the page unchanged (HTML-
    /// escaped, inside the math delimiters KaTeX reads), whatever cmark would have done to it.
    func testEveryFormulaOfTheLessonsReachesThePageUnchanged() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let files = try LessonDiscovery.files(in: [root.appendingPathComponent("lessons").path])
        XCTAssertEqual(files.count, 12)
        var formulas = 0
        for file in files {
            let lesson = Lesson.parse(data: try Data(contentsOf: URL(fileURLWithPath: file)), file: file)
            for block in lesson.blocks {
                guard case .prose(let prose) = block else { continue }
                let html = renderHTML(markdown: prose.markdown, unsafe: false)
                for formula in Self.formulas(in: prose.markdown) {
                    formulas += 1
                    XCTAssertTrue(html.contains(HTML.escape(formula)), "\(file): \(formula) is not on the page intact")
                }
            }
        }
        XCTAssertGreaterThan(formulas, 40)
    }

    /// The TeX between `$$…$$` and `$…$` in prose (outside code spans).
    static func formulas(in markdown: String) -> [String] {
        var found: [String] = []
        var text = markdown
        while let codeStart = text.range(of: "`") {
            guard let codeEnd = text.range(of: "`", range: codeStart.upperBound..<text.endIndex) else { break }
            text.replaceSubrange(codeStart.lowerBound..<codeEnd.upperBound, with: " ")
        }
        let scalars = Array(text)
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "$" else { i += 1; continue }
            let display = i + 1 < scalars.count && scalars[i + 1] == "$"
            let open = display ? 2 : 1
            var j = i + open
            while j < scalars.count && !(scalars[j] == "$" && (!display || (j + 1 < scalars.count && scalars[j + 1] == "$"))) { j += 1 }
            guard j < scalars.count else { break }
            found.append(String(scalars[(i + open)..<j]))
            i = j + open
        }
        return found
    }
}
