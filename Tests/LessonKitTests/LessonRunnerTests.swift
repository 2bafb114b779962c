import XCTest
@testable import LessonKit

/// The runner end to end, on small lessons written here: outputs checked, failures placed at
/// the right lines of the Markdown file, state shared between cells, saved cells across files.
final class LessonRunnerTests: XCTestCase {
    private func run(_ text: String, file: String = "t.md", prelude: [SavedCell] = []) -> LessonReport {
        LessonRunner().run(Lesson.parse(text: text, file: file), prelude: prelude)
    }

    func testMatchingOutputPassesAndStateIsShared() {
        let report = run("""
        ```swift
        let x = 40
        ```

        ```swift
        print(x + 2)
        tensor([[1, 2]])
        ```

        ```output
        42
        tensor([[1., 2.]])
        ```
        """)
        XCTAssertEqual(report.passed, 1)
        XCTAssertEqual(report.failed, 0)
        XCTAssertEqual(report.outcomes.count, 2)
        guard case .notChecked = report.outcomes[0].status else { return XCTFail("first cell has no block") }
    }

    func testMismatchPointsAtTheOutputBlockAndTheCell() {
        let report = run("""
        Intro.

        ```swift
        print(1)
        print(2)
        ```

        ```output
        1
        3
        ```
        """, file: "lessons/m.md")
        XCTAssertEqual(report.failed, 1)
        guard case .failed(let failure) = report.outcomes[0].status, case .mismatch(let diff) = failure.kind else {
            return XCTFail("expected a mismatch, got \(report.outcomes[0].status)")
        }
        XCTAssertEqual(failure.outputLocation, "lessons/m.md:8")
        // The second line is wrong, and `print(2)` on line 5 printed it.
        XCTAssertEqual(failure.location, "lessons/m.md:5")
        XCTAssertTrue(diff.contains("-3"), diff)
        XCTAssertTrue(diff.contains("+2"), diff)
        // The expected lines are numbered as lines of the lesson file (the `3` is on line 10).
        XCTAssertTrue(diff.contains("@@ -9,2"), diff)
    }

    func testAWrongDisplayedValuePointsAtTheCell() {
        let report = run("""
        ```swift
        print("fine")
        let x = 2
        x * 3
        ```

        ```output
        fine
        7
        ```
        """, file: "d.md")
        guard case .failed(let failure) = report.outcomes[0].status else { return XCTFail("must fail") }
        XCTAssertEqual(failure.location, "d.md:2", "the displayed value has no print: the cell is named")
    }

    func testRuntimeErrorIsReportedAtItsLineInTheFile() {
        let report = run("""
        # Title

        ```swift
        let a = [1, 2, 3]
        print(a[5])
        ```
        """, file: "e.md")
        guard case .failed(let failure) = report.outcomes[0].status, case .error = failure.kind else {
            return XCTFail("expected an error")
        }
        XCTAssertTrue(failure.location.hasPrefix("e.md:5:"), failure.location)
        XCTAssertTrue(failure.message.contains("out of range"), failure.message)
    }

    /// A cell whose fence is never closed would run the prose after it as Swift: it is skipped,
    /// and the unclosed fence is the lesson's one problem.
    func testACellWithAnUnclosedFenceIsNotRun() {
        let report = run("```swift\nprint(1)\n```\n\n```swift\nprint(2)\n\nSome prose, not Swift.\n", file: "u.md")
        XCTAssertEqual(report.outcomes.count, 2)
        guard case .skipped = report.outcomes[1].status else { return XCTFail("\(report.outcomes[1].status)") }
        XCTAssertEqual(report.lesson.diagnostics.map(\.kind), [.unclosedFence])
    }

    /// The suggestion is part of the message; the same note is not printed again below it.
    func testSuggestionIsNotRepeatedAsANote() {
        let report = run("```swift\nlet total = 1\nprint(totl)\n```\n", file: "n.md")
        guard case .failed(let failure) = report.outcomes[0].status else { return XCTFail("expected an error") }
        XCTAssertEqual(failure.message, "cannot find 'totl' in scope; did you mean 'total'?")
    }

    func testErrorCellMustFailWithTheRecordedMessage() {
        let passing = run("""
        ```swift error
        corr2d(ones(2, 2), ones(3, 3))
        ```

        ```output
        kernel too large: kernel [3, 3] does not fit in input [2, 2]
        ```
        """)
        XCTAssertEqual(passing.passed, 1, "\(passing.outcomes.map(\.status))")
        let wrong = run("""
        ```swift error
        print("fine")
        ```
        """)
        guard case .failed(let failure) = wrong.outcomes[0].status, case .unexpectedSuccess = failure.kind else {
            return XCTFail("an error cell that succeeds must fail")
        }
    }

    func testIgnoredCellsAreSkippedAndNotRun() {
        let report = run("""
        ```swift ignore
        this is not even Swift
        ```

        ```swift
        print("ran")
        ```

        ```output
        ran
        ```
        """)
        XCTAssertEqual(report.skipped, 1)
        XCTAssertEqual(report.passed, 1)
    }

    func testSeedMakesDrawsRepeatable() {
        let text = """
        ---
        seed: 7
        ---

        ```swift
        randn(3)
        ```
        """
        let first = run(text).outcomes[0].actual
        let second = run(text).outcomes[0].actual
        XCTAssertEqual(first, second)
        let other = run(text.replacingOccurrences(of: "seed: 7", with: "seed: 8")).outcomes[0].actual
        XCTAssertNotEqual(first, other)
    }

    func testSavedCellsOfEarlierLessonsAreAvailable() {
        let saved = Lesson.parse(text: """
        ```swift save
        func double(_ x: Int) -> Int { x * 2 }
        ```
        """, file: "a.md")
        let report = run("""
        ```swift
        print(double(21))
        ```

        ```output
        42
        ```
        """, file: "b.md", prelude: saved.cells.map { SavedCell(file: "a.md", cell: $0) })
        XCTAssertEqual(report.passed, 1, "\(report.outcomes.map(\.status)) \(report.problems)")
    }

    func testEndlessLoopStopsAtTheTimeLimit() {
        var settings = RunSettings()
        settings.timeLimit = 0.2
        let report = LessonRunner(settings: settings).run(Lesson.parse(text: """
        ```swift
        var n = 0
        while true { n += 1 }
        ```
        """, file: "loop.md"))
        guard case .failed(let failure) = report.outcomes[0].status else { return XCTFail("must fail") }
        XCTAssertTrue(failure.message.contains("time limit"), failure.message)
    }

    func testTooLargeTensorIsAnErrorNotACrash() {
        let report = run("""
        ```swift
        let t = zeros(100000, 100000)
        ```
        """)
        guard case .failed(let failure) = report.outcomes[0].status else { return XCTFail("must fail") }
        XCTAssertTrue(failure.message.contains("too large"), failure.message)
    }
}
