import Foundation
import LessonKit
import XCTest

/// `--jobs N` gives the same report as `--jobs 1`, and nothing one document does (globals,
/// functions, seeds, gradients mode, the allocation budget) is visible in another.
final class ParallelRunTests: XCTestCase {
    private var scratch: ScratchFolder!

    override func setUpWithError() throws { scratch = try ScratchFolder() }
    override func tearDown() { scratch = nil }

    /// Lessons that would interfere if state leaked: each declares the same names, seeds or
    /// not, draws random numbers, leaves `noGrad` half-way, fills the tensor budget, or fails.
    private func writeLessons(count: Int) throws -> [String] {
        var paths: [String] = []
        for i in 0..<count {
            let body: String
            switch i % 6 {
            case 0: body = "```swift\nvar counter = \(i)\ncounter += 1\nprint(counter)\n```\n\n```output\n\(i + 1)\n```\n"
            case 1: body = "```swift\nprint(randn(2))\n```\n"
            case 2: body = "```swift\nfunc helper() -> Int { \(i) }\nprint(helper())\n```\n\n```output\n\(i)\n```\n"
            case 3: body = "```swift\nprint(helper())\n```\n"        // helper is another lesson's: must not exist
            case 4: body = "```swift\nlet w = ones(2).requiresGrad\nvar xs: [Tensor] = []\nfor _ in 0..<3 { xs.append(ones(1000, 1000)) }\nprint(xs.count)\n```\n"
            default: body = "```swift\nmanualSeed(\(i))\nlet t = rand(3)\nprint(t.sum().item() > 0)\n```\n\n```output\ntrue\n```\n"
            }
            paths.append(try scratch.write(String(format: "doc%02d/lesson.md", i), "---\nseed: \(i)\n---\n\n" + body))
        }
        return paths
    }

    /// The report without wall-clock times, the only part allowed to differ.
    static func withoutTimes(_ text: String) -> String {
        text.replacingOccurrences(of: #"\d+ ms\)"#, with: "… ms)", options: .regularExpression)
    }

    func testJobsGiveTheSameReportAsOneJob() throws {
        let files = try writeLessons(count: 24)
        let serial = try LessonSuite(files: files, jobs: 1).run()
        let expected = Self.withoutTimes(TerminalReport(style: Style(enabled: false)).render(serial))
        XCTAssertTrue(expected.contains("cannot find 'helper'") || expected.contains("helper"), expected)
        XCTAssertEqual(serial.filter { !$0.succeeded }.count, 4, "the four `helper()` lessons fail: \(expected)")
        for round in 0..<6 {
            let jobs = [2, 3, 8][round % 3]
            let parallel = try LessonSuite(files: files, jobs: jobs).run()
            let text = Self.withoutTimes(TerminalReport(style: Style(enabled: false)).render(parallel))
            XCTAssertEqual(text, expected, "round \(round), --jobs \(jobs)")
            for (a, b) in zip(serial, parallel) {
                XCTAssertEqual(a.outcomes.map(\.actual), b.outcomes.map(\.actual), a.lesson.file)
            }
        }
    }

    /// Sessions on two threads lowered and ran cells at once: a node made after a session's
    /// lowering ended went into the other session's arena while it lowered (a crash 1 run in
    /// 20 with saved cells). Many short lessons keep the two threads switching often.
    func testManySavedCellsOnTwoJobsRunWithoutCrashing() throws {
        var files: [String] = []
        for i in 0..<60 {
            let body = "```swift save\nlet v\(i) = \(i)\nprint(v\(i))\n```\n\n```output\n\(i)\n```\n"
            files.append(try scratch.write(String(format: "saved/%02d.md", i), "---\ntitle: L\(i)\n---\n" + body))
        }
        for _ in 0..<2 {
            let reports = try LessonSuite(files: files, jobs: 2).run()
            XCTAssertEqual(reports.filter(\.succeeded).count, files.count)
        }
    }

    /// The same through the executable: stdout and the JUnit file, with times removed.
    func testCLIJobsMatchOneJobByteForByte() throws {
        _ = try writeLessons(count: 18)
        let serial = try LessonCLI.run(["test", "--jobs", "1", "--color", "never", scratch.url.path])
        XCTAssertEqual(serial.status, 1, serial.all)
        for jobs in [2, 4, 8, 4, 2] {
            let parallel = try LessonCLI.run(["test", "--jobs", String(jobs), "--color", "never", scratch.url.path])
            XCTAssertEqual(parallel.status, serial.status)
            XCTAssertEqual(Self.withoutTimes(parallel.stdout), Self.withoutTimes(serial.stdout), "--jobs \(jobs)")
        }
    }
}
