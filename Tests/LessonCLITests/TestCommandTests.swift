import Foundation
import XCTest

/// `lesson test`, `run` and `update` as CI and authors use them, on the shipped lessons.
final class TestCommandTests: XCTestCase {
    func testShippedLessonsPassWithTheExactLastLine() throws {
        let result = try CLI.run(["test", "lessons"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertNotNil(result.lastLine.range(of: #"^\d+ passed, 0 failed$"#, options: .regularExpression), result.lastLine)
        XCTAssertEqual(result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("ok") }.count, 12)
    }

    func testChangedOutputFailsAtTheRightLineAndUpdateRestoresTheFile() throws {
        let dir = try CLI.copyOfLessons()
        let file = dir.appendingPathComponent("lessons/5.1.1-cross-correlation.md")
        let original = try Data(contentsOf: file)
        var text = String(decoding: original, as: UTF8.self)
        let target = "tensor([[19., 25.],\n        [37., 43.]])"
        let range = try XCTUnwrap(text.range(of: target))
        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        text.replaceSubrange(range, with: "tensor([[19., 26.],\n        [37., 43.]])")
        try Data(text.utf8).write(to: file)

        let failing = try CLI.run(["test", "lessons"], in: dir)
        XCTAssertEqual(failing.status, 1)
        XCTAssertTrue(failing.lastLine.hasSuffix(", 1 failed"), failing.lastLine)
        XCTAssertTrue(failing.stdout.contains("lessons/5.1.1-cross-correlation.md:\(line - 1): output differs"), failing.stdout)
        XCTAssertTrue(failing.stdout.contains("-tensor([[19., 26.],"), failing.stdout)
        XCTAssertTrue(failing.stdout.contains("+tensor([[19., 25.],"), failing.stdout)
        XCTAssertTrue(failing.stdout.contains("@@ -\(line),"), "diff lines are file lines:\n" + failing.stdout)

        let check = try CLI.run(["update", "--check", "lessons"], in: dir)
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains("+tensor([[19., 25.],"), check.stdout)
        XCTAssertEqual(try Data(contentsOf: file), Data(text.utf8), "--check writes nothing")

        let update = try CLI.run(["update", "lessons"], in: dir)
        XCTAssertEqual(update.status, 0, update.stderr)
        XCTAssertEqual(try Data(contentsOf: file), original, "update restores the file byte for byte")
        XCTAssertEqual(try CLI.run(["update", "--check", "lessons"], in: dir).status, 0)
    }

    func testParallelJobsGiveTheSameReportInTheSameOrder() throws {
        let one = try CLI.run(["test", "lessons", "--jobs", "1"])
        let four = try CLI.run(["test", "lessons", "--jobs", "4"])
        func strip(_ s: String) -> String { s.replacingOccurrences(of: #"\d+ ms"#, with: "T", options: .regularExpression) }
        XCTAssertEqual(strip(one.stdout), strip(four.stdout))
    }

    func testShardsPartitionTheLessonsAndFilterSelects() throws {
        let first = try CLI.run(["test", "lessons", "--shard", "1/2"])
        let second = try CLI.run(["test", "lessons", "--shard", "2/2"])
        let names = { (r: CLIResult) in Set(r.stdout.split(separator: "\n").filter { $0.hasPrefix("ok") }.map(String.init)) }
        XCTAssertEqual(names(first).count + names(second).count, 12)
        XCTAssertTrue(names(first).isDisjoint(with: names(second)))
        let filtered = try CLI.run(["test", "lessons", "--filter", "edge"])
        XCTAssertEqual(names(filtered).count, 2, filtered.stdout)
    }

    func testJUnitReportIsWritten() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("junit-\(UUID().uuidString).xml")
        let result = try CLI.run(["test", "lessons", "--junit", dir.path])
        XCTAssertEqual(result.status, 0)
        let xml = try String(contentsOf: dir, encoding: .utf8)
        XCTAssertEqual(xml.components(separatedBy: "<testsuite ").count - 1, 12)
        XCTAssertTrue(xml.contains("failures=\"0\""))
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(try CLI.run(["test", "--jobs", "0"]).status, 2)
        XCTAssertEqual(try CLI.run(["test", "--shard", "3/2"]).status, 2)
        XCTAssertEqual(try CLI.run(["test", "--no-such-option"]).status, 2)
        let missing = try CLI.run(["test", "does/not/exist"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("does/not/exist: no such file or directory"), missing.stderr)
    }

    /// What update cannot fix is reported and fails the run, as test does: problems in the
    /// file itself and an `error` cell that does not fail.
    func testUpdateReportsWhatItCannotFix() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("update-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("l.md")
        try "```output\n1\n```\n\n```swift error\nprint(2)\n```\n\n```swift\nprint(\"a\\u{0}b\")\n```\n".write(to: file, atomically: true, encoding: .utf8)
        let update = try CLI.run(["update", "--add", file.path])
        XCTAssertEqual(update.status, 1, update.stderr)
        XCTAssertTrue(update.stderr.contains("l.md:1:1: error: output block without a swift cell"), update.stderr)
        XCTAssertTrue(update.stderr.contains("l.md:5: error: the cell is marked `error` but ran without failing"), update.stderr)
        XCTAssertTrue(update.stderr.contains("l.md:9: error: the cell prints the control character U+0000"), update.stderr)
        XCTAssertFalse(try String(contentsOf: file, encoding: .utf8).contains("\u{0}"), "no NUL written into the lesson")
    }

    func testHelpDescribesEveryCommand() throws {
        let help = try CLI.run(["--help"])
        XCTAssertEqual(help.status, 0)
        for command in ["test", "run", "update", "render"] { XCTAssertTrue(help.stdout.contains(command), help.stdout) }
        let testHelp = try CLI.run(["test", "--help"])
        XCTAssertTrue(testHelp.stdout.contains("--junit"), testHelp.stdout)
    }

    func testFilterMatchingNothingIsAUsageError() throws {
        let result = try CLI.run(["test", "--filter", "no-such-lesson", "lessons"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("no lesson's path or title contains 'no-such-lesson'"), result.stderr)
    }

    func testVersionIsPrinted() throws {
        let version = try CLI.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertEqual(version.stdout, "0.1.0\n")
    }

    func testRunPrintsTheTranscript() throws {
        let result = try CLI.run(["run", "lessons/5.1.4-learning-a-kernel.md"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("manualSeed(0)"))
        XCTAssertTrue(result.stdout.contains("Step 20, loss 0.011"))
        XCTAssertTrue(result.stdout.contains("weight:  tensor([[ 1.0077, -0.9795]])"))
    }

    func testRenderWritesTheSite() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("site-\(UUID().uuidString)")
        let result = try CLI.run(["render", "lessons", "-o", dir.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let index = try String(contentsOf: dir.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains("5.1.4-learning-a-kernel.html"))
        let zh = try String(contentsOf: dir.appendingPathComponent("zh-5.1.1-cross-correlation.html"), encoding: .utf8)
        XCTAssertTrue(zh.contains("lang=\"zh\""))
        XCTAssertTrue(zh.contains("<svg"), "Figure 5.1 is drawn")
    }

    func testRenderSaysWhyALessonFailedAndThePageShowsTheError() throws {
        let dir = try CLI.temporaryFolder("render-fail")
        let lesson = dir.appendingPathComponent("broken.md")
        try Data("# Broken\n\n```swift\nprint(secret)\n```\n".utf8).write(to: lesson)
        let site = dir.appendingPathComponent("site")
        let result = try CLI.run(["render", lesson.path, "-o", site.path, "--color", "never"])
        XCTAssertEqual(result.status, 1)
        // Was a bare "FAIL broken.md": the place and the message only reached the page.
        XCTAssertTrue(result.stderr.contains("broken.md:4:7: error [name]: cannot find 'secret' in scope"), result.stderr)
        let page = try CLI.read(site.appendingPathComponent("broken.html"))
        XCTAssertTrue(page.contains("✗ error"), "an error is not badged as a difference from recorded output")
        XCTAssertFalse(page.contains("✗ differs"))
        XCTAssertTrue(page.contains("cannot find &#39;secret&#39; in scope") || page.contains("cannot find 'secret' in scope"), page)
    }

    func testLinksBetweenLessonsLeadToTheirPages() throws {
        let dir = try CLI.temporaryFolder("render-links")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("book/zh"), withIntermediateDirectories: true)
        try Data("# One\n\nOn to [two](two.md#start), [译文](zh/one.md), [notes](notes.md), [site](https://x.org/a.md).\n".utf8)
            .write(to: dir.appendingPathComponent("book/one.md"))
        try Data("# Two\n\nBack to [one](one.md).\n".utf8).write(to: dir.appendingPathComponent("book/two.md"))
        try Data("---\nlang: zh\n---\n# 一\n\n回到[英文](../one.md)。\n".utf8).write(to: dir.appendingPathComponent("book/zh/one.md"))
        let site = dir.appendingPathComponent("site")
        let result = try CLI.run(["render", dir.appendingPathComponent("book").path, "-o", site.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let one = try CLI.read(site.appendingPathComponent("one.html"))
        XCTAssertTrue(one.contains("href=\"two.html#start\""), one)
        XCTAssertTrue(one.contains("href=\"zh-one.html\""), one)
        XCTAssertTrue(one.contains("href=\"notes.md\""), "a Markdown file that is no lesson stays as written")
        XCTAssertTrue(one.contains("href=\"https://x.org/a.md\""))
        XCTAssertTrue(try CLI.read(site.appendingPathComponent("zh-one.html")).contains("href=\"one.html\""))
    }

    func testRenderOmitsRawHTMLUnlessUnsafe() throws {
        let dir = try CLI.temporaryFolder("unsafe")
        let lesson = dir.appendingPathComponent("raw.md")
        try Data("""
        ---
        title: Raw
        ---

        Before <span class="raw">inline</span> after.

        <script>alert("raw")</script>

        ```swift
        print("<script>alert(1)</script>")
        ```
        """.utf8).write(to: lesson)
        let safe = dir.appendingPathComponent("safe"), unsafe = dir.appendingPathComponent("unsafe")
        XCTAssertEqual(try CLI.run(["render", lesson.path, "-o", safe.path]).status, 0)
        XCTAssertEqual(try CLI.run(["render", lesson.path, "-o", unsafe.path, "--unsafe"]).status, 0)
        let safePage = try CLI.read(safe.appendingPathComponent("raw.html"))
        let unsafePage = try CLI.read(unsafe.appendingPathComponent("raw.html"))
        XCTAssertFalse(safePage.contains("<script>alert(\"raw\")"), "raw HTML is left out by default")
        XCTAssertFalse(safePage.contains("<span class=\"raw\">"))
        XCTAssertTrue(unsafePage.contains("<script>alert(\"raw\")"), "--unsafe keeps it")
        for page in [safePage, unsafePage] {
            XCTAssertFalse(page.contains("<script>alert(1)</script>"), "program output is always escaped")
            XCTAssertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }
}
