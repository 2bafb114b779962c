import Foundation
import LessonKit
import LessonSite
import XCTest

/// Outputs, diagnostics and student code are always escaped; raw HTML in prose survives only
/// with `unsafe`. Checked on the pieces that exist: `renderHTML` for prose and LessonSite's
/// page writer for cells, outputs and diffs, fed from a real run of a hostile lesson.
final class HTMLSafetyTests: XCTestCase {
    static let payload = "<script>alert(1)</script><img src=x onerror=alert(2)>"

    /// A lesson whose prose, code, printed output, error message and mismatch diff all carry HTML.
    static let hostile = """
    # Title <script>alert(0)</script>

    Prose with <b onclick="x()">raw</b> HTML, [a link](javascript:alert(3)) and $<script>$.

    <script>alert("block")</script>

    ```swift
    // \(payload)
    print("\(payload)")
    ```

    ```output
    not what it prints </pre><script>alert(4)</script>
    ```

    ```swift error
    let \u{0061} = undefined_\(String(repeating: "x", count: 3))<script>
    ```

    ```html
    \(payload)
    ```

    """

    func testSafeProseDropsRawHTMLAndUnsafeKeepsIt() {
        let lesson = Lesson.parse(text: Self.hostile, file: "hostile.md")
        let prose = lesson.blocks.compactMap { block -> String? in
            if case .prose(let prose) = block { return prose.markdown } else { return nil }
        }.joined(separator: "\n")
        let safe = renderHTML(markdown: prose)
        XCTAssertNil(safe.range(of: "<script", options: .caseInsensitive), safe)
        XCTAssertFalse(safe.contains("onclick"), safe)
        XCTAssertFalse(safe.contains("javascript:"), safe)
        XCTAssertTrue(safe.contains("&lt;script&gt;"), "TeX and headings keep the text, escaped: \(safe)")
        let unsafe = renderHTML(markdown: prose, unsafe: true)
        XCTAssertTrue(unsafe.contains("<script>alert(\"block\")</script>"), unsafe)
        XCTAssertTrue(unsafe.contains("onclick"), unsafe)
    }

    func testPagesEscapeCodeOutputsDiagnosticsAndFences() throws {
        let lesson = Lesson.parse(text: Self.hostile, file: "hostile.md")
        let report = LessonRunner().run(lesson)
        XCTAssertEqual(report.failed, 1, "the mismatch (the error cell has no block to compare)")
        let scratch = try ScratchFolder()
        try SiteWriter.write(lessons: [Self.siteLesson(lesson, report)], to: scratch.url,
                             options: SiteOptions(title: "T <script>", katexDirectory: nil))
        for name in try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) where name.hasSuffix(".html") {
            let html = try String(contentsOf: scratch.url.appendingPathComponent(name), encoding: .utf8)
            XCTAssertNil(html.range(of: "<script", options: .caseInsensitive), "\(name):\n\(html)")
            XCTAssertNil(html.range(of: "<img", options: .caseInsensitive), name)
            XCTAssertFalse(html.contains("onclick"), name)
            if name != "index.html" {
                XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the payload is shown, escaped: \(html)")
                XCTAssertTrue(html.contains("undefined_xxx"), "the diagnostic is shown")
            }
        }
    }

    /// What the renderer is handed: prose rendered safely, cells with their actual outputs,
    /// diffs and diagnostics as plain text.
    static func siteLesson(_ lesson: Lesson, _ report: LessonReport) -> SiteLesson {
        var blocks: [SiteBlock] = []
        for block in lesson.blocks {
            switch block {
            case .prose(let prose):
                blocks.append(.prose(html: renderHTML(markdown: prose.markdown)))
            case .cell(let cell):
                let outcome = report.outcome(for: cell)
                let badge: SiteOutput.Badge
                var text = outcome?.actual ?? ""
                switch outcome?.status {
                case .failed(let failure)?:
                    if case .mismatch(let diff) = failure.kind { badge = .failed(diff: diff) } else {
                        badge = .failed(diff: failure.message)
                        text += "\(failure.location): error: \(failure.message)"
                    }
                case .passed?: badge = cell.attributes.expectsError ? .expectedError : .passed
                default: badge = .notChecked
                }
                blocks.append(.code(source: cell.source, output: SiteOutput(text: text, badge: badge)))
            case .output:
                continue
            case .fence(let fence):
                blocks.append(.otherFence(info: fence.info, text: fence.literal))
            }
        }
        return SiteLesson(slug: "hostile", title: lesson.title ?? "", section: "1 <i>", lang: "en\"><script>",
                          status: report.succeeded ? .passed : .failed, blocks: blocks)
    }
}
