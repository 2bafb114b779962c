import Foundation
import LessonKit
import XCTest

/// The bad-input catalogue through the built `lesson` executable, as CI runs it: the right
/// exit status (0 passed, 1 a check failed, 2 unusable input), `file:line:col` in the report,
/// and never a crash (no signal, no "Fatal error").
final class CLIBadInputTests: XCTestCase {
    private var scratch: ScratchFolder!

    override func setUpWithError() throws { scratch = try ScratchFolder() }
    override func tearDown() { scratch = nil }

    private func assertNoCrash(_ result: LessonCLI.Result, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue([0, 1, 2].contains(result.status), "status \(result.status): \(result.stderr)", file: file, line: line)
        XCTAssertFalse(result.all.contains("Fatal error"), result.all, file: file, line: line)
    }

    /// Each broken lesson fails with exit 1 and names the place.
    func testBrokenLessonsExitOneWithTheirPlace() throws {
        let cases: [(name: String, text: String, place: String)] = [
            ("unclosed.md", "# T\n\n```swift\nprint(1)\n", "unclosed.md:3:1"),
            ("orphan.md", "Prose.\n\n```output\n1\n```\n", "orphan.md:3:1"),
            ("attribute.md", "```swift hiden\nprint(1)\n```\n", "attribute.md:1:10"),
            ("syntax.md", "```swift\nlet x = (1 +\n```\n", "syntax.md:2:"),
            ("runtime.md", "```swift\nlet a = [1]\nprint(a[3])\n```\n", "runtime.md:3:"),
            ("layer.md", "```swift\nlet c = Conv2D(kernelSize: (3, 3))\nc(ones(2, 2))\n```\n", "layer.md:3:"),
            ("loop.md", "```swift\nwhile true {}\n```\n", "loop.md:2:"),
            ("recursion.md", "```swift\nfunc f(_ n: Int) -> Int { f(n) }\nf(1)\n```\n", "recursion.md:2:"),
            ("huge.md", "```swift\nlet t = zeros(100000, 100000)\n```\n", "huge.md:2:9"),
            ("deep.md", "```swift\nlet d = " + String(repeating: "[", count: 100_000) + "\n```\n", "deep.md:2:"),
        ]
        for entry in cases {
            let path = try scratch.write(entry.name, entry.text)
            let result = try LessonCLI.run(["test", "--time-limit", "0.5", path])
            assertNoCrash(result)
            XCTAssertEqual(result.status, 1, "\(entry.name): \(result.all)")
            XCTAssertTrue(result.stdout.contains(scratch.path(entry.place)), "\(entry.name): no \(entry.place) in\n\(result.stdout)")
            // The cell of an unclosed fence is not run: it counts as skipped.
            XCTAssertTrue(result.stdout.hasSuffix("1 failed\n") || result.stdout.hasSuffix("1 failed, 1 skipped\n"),
                          "\(entry.name): \(result.stdout)")
        }
    }

    func testEncodingsAndLineEndings() throws {
        let good = "```swift\nprint(2)\n```\n\n```output\n2\n```\n"
        let bom = try scratch.write("bom.md", bytes: Data([0xEF, 0xBB, 0xBF] + Array(good.utf8)))
        let crlf = try scratch.write("crlf.md", good.replacingOccurrences(of: "\n", with: "\r\n"))
        let tabs = try scratch.write("tabs.md", "\tIntro\t\n\n" + good.replacingOccurrences(of: "print(2)", with: "\tprint(2)\t"))
        for path in [bom, crlf, tabs] {
            let result = try LessonCLI.run(["test", path])
            XCTAssertEqual(result.status, 0, "\(path): \(result.all)")
            XCTAssertTrue(result.stdout.hasSuffix("1 passed, 0 failed\n"), result.stdout)
        }
        let invalid = try scratch.write("invalid.md", bytes: Data(Array("a\nb".utf8) + [0xC3, 0x28] + Array("\n".utf8) + Array(good.utf8)))
        let result = try LessonCLI.run(["test", invalid])
        assertNoCrash(result)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains(invalid + ":2:2: error:"), result.stdout)
    }

    func testBinaryFileFailsCleanly() throws {
        var random = SeededRandom(state: 99)
        let path = try scratch.write("binary.md", bytes: Data((0..<20_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }))
        for command in [["test", path], ["run", path], ["update", "--add", path]] {
            let result = try LessonCLI.run(command)
            assertNoCrash(result)
            XCTAssertEqual(result.status, 1, "\(command): \(result.all)")
        }
    }

    func testMissingFileAndEmptyFolderExitTwo() throws {
        let missing = try LessonCLI.run(["test", scratch.path("nope.md")])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("nope.md: no such file or directory"), missing.stderr)
        try scratch.write("empty/notes.txt", "not a lesson")
        let empty = try LessonCLI.run(["test", scratch.path("empty")])
        XCTAssertEqual(empty.status, 2)
        XCTAssertTrue(empty.stderr.contains("no lessons"), empty.stderr)
        let update = try LessonCLI.run(["update", scratch.path("nope.md")])
        XCTAssertEqual(update.status, 2)
    }

    /// An unreadable lesson: without read permission when not root; as root (who may read
    /// anything) a lesson that is a link to /proc/self/mem, whose first read fails with EIO.
    func testUnreadableFileExitsTwo() throws {
        var path = try scratch.write("secret.md", "```swift\nprint(1)\n```\n")
        chmod(path, 0)
        defer { chmod(path, 0o644) }
        if FileManager.default.isReadableFile(atPath: path) || getuid() == 0 {
            path = scratch.path("link.md")
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/proc/self/mem")
        }
        for command in [["test", path], ["run", path], ["update", path]] {
            let result = try LessonCLI.run(command)
            assertNoCrash(result)
            XCTAssertEqual(result.status, 2, "\(command): \(result.all)")
            XCTAssertTrue(result.stderr.contains(": cannot read"), "\(command): \(result.stderr)")
        }
    }

    func testFiftyMegabyteLessonThroughTheCLI() throws {
        let chunk = String(repeating: "Some prose with `code` and $x$.\n", count: 1000) + "\n"
        var text = ""
        while text.utf8.count < 50_000_000 { text += chunk }
        text += "```swift\nprint(7)\n```\n\n```output\n7\n```\n"
        let path = try scratch.write("big.md", text)
        let started = Date()
        let result = try LessonCLI.run(["test", path], timeout: 120)
        XCTAssertEqual(result.status, 0, result.all)
        XCTAssertLessThan(Date().timeIntervalSince(started), 60)
    }
}
