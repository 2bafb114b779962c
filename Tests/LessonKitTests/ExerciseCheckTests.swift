import XCTest
@testable import LessonKit

final class ExerciseCheckTests: XCTestCase {
    private var folder: URL!
    override func setUpWithError() throws { folder = try ExerciseFixture.temporaryFolder("exercise-check") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func check(_ text: String, timeLimit: Double = 10) throws -> ExerciseCheckReport {
        var settings = RunSettings()
        settings.timeLimit = timeLimit
        let file = try ExerciseFixture.write(text, in: folder)
        return try ExerciseChecker(runner: LessonRunner(settings: settings)).check(file: file)
    }

    func testKeySolvesEveryExercise() throws {
        let report = try check(ExerciseFixture.key)
        XCTAssertEqual(report.results.map(\.solved), [true, true])
        XCTAssertEqual(report.results.map(\.checksPassed), [3, 1])
        XCTAssertTrue(report.otherFailures.isEmpty)
    }

    func testPlaceholdersFail() throws {
        let copy = try StudentCopy.make(from: Lesson.parse(text: ExerciseFixture.key, file: "key.md"))
        let report = try check(copy)
        XCTAssertEqual(report.results.map(\.solved), [false, false])
        let double = report.results[0]
        XCTAssertEqual(double.failures.first?.check?.number, 1)
        XCTAssertEqual(double.failures.first?.kind, .output)
        XCTAssertTrue(double.failures.first?.diff?.contains("+tensor([[1., 2.],") ?? false, double.failures.first?.diff ?? "")
        // The placeholder leaves `answer` undeclared: the check fails with that error.
        XCTAssertEqual(report.results[1].failures.first?.kind, .error)
        XCTAssertTrue(report.otherFailures.isEmpty, "the copy's other cells still pass")
    }

    func testCorrectAnswerPasses() throws {
        let report = try check(ExerciseFixture.studentAnswer("return t + t"))
        XCTAssertEqual(report.results.map(\.solved), [true, true])
        XCTAssertEqual(report.results[0].checksTotal, 2, "the hidden check is not in the student's copy")
    }

    func testWrongAnswerShowsFailingCheckAndHintsInOrder() throws {
        let text = try ExerciseFixture.studentAnswer("return t * 3", answer: "let answer = 41")
        let report = try check(text)
        XCTAssertEqual(report.results.map(\.solved), [false, false])
        XCTAssertEqual(report.results[1].failures.first?.kind, .expectation)
        XCTAssertEqual(report.results[1].failures.first?.message, "the answer is 42")

        let double = report.results[0].exercise
        var state = HintState.load(for: report.report.lesson.file)
        let first = try XCTUnwrap(state.revealNext(of: double, answer: report.answer(of: double)))
        XCTAssertEqual(first, RevealedHint(number: 1, total: 2, text: "Multiply by two."))
        try state.save()
        let text1 = CheckReportText(style: Style(enabled: false)).render(report, hints: ["double": first])
        XCTAssertTrue(text1.contains("not solved double: check 1 of 2 failed (and 1 more)"), text1)
        XCTAssertTrue(text1.contains("-        [6., 8.]])"), text1)
        XCTAssertTrue(text1.contains("+        [ 9., 12.]])"), text1)
        XCTAssertTrue(text1.contains("hint 1 of 2: Multiply by two."), text1)

        var again = HintState.load(for: report.report.lesson.file)
        XCTAssertEqual(again.revealNext(of: double, answer: report.answer(of: double))?.number, 1,
                       "the same answer checked again keeps the same hint")
        XCTAssertEqual(again.revealNext(of: double, answer: "return t * 4")?.number, 2, "a new attempt shows the next hint")
        XCTAssertEqual(again.revealNext(of: double, answer: "return t * 5")?.number, 2, "the last hint repeats")
        XCTAssertTrue(HintState.path(for: report.report.lesson.file).hasSuffix("/.lesson.md.hints"))

        let fingerprint = HintState.fingerprint(report.answer(of: double))
        var edited = HintState(path: "unused", entries: ["double": .init(shown: -3, answer: fingerprint)])
        XCTAssertEqual(edited.revealNext(of: double, answer: report.answer(of: double))?.number, 1,
                       "a hand-edited state file cannot point outside the hints")
    }

    func testEndlessLoopIsReportedAsSuch() throws {
        let text = try ExerciseFixture.studentAnswer("while true {}\n    return t")
        let report = try check(text, timeLimit: 0.3)
        let failure = try XCTUnwrap(report.results[0].failures.first)
        XCTAssertEqual(failure.kind, .timeLimit)
        XCTAssertTrue(failure.message.contains("endless loop"), failure.message)
        XCTAssertTrue(report.results[1].solved, "the other exercise is still checked")
    }

    func testEndlessRecursionIsStopped() throws {
        let text = try ExerciseFixture.studentAnswer("return double(t)")
        let report = try check(text)
        let failure = try XCTUnwrap(report.results[0].failures.first)
        XCTAssertEqual(failure.kind, .error)
        XCTAssertTrue(failure.message.contains("call depth"), failure.message)
    }

    func testHugeTensorIsStoppedByTheBudget() throws {
        let report = try check(ExerciseFixture.studentAnswer("return zeros(100000, 100000)"))
        let failure = try XCTUnwrap(report.results[0].failures.first)
        XCTAssertEqual(failure.kind, .error)
        XCTAssertTrue(failure.message.contains("tensor too large"), failure.message)
    }

    func testPlainTestCountsCheckCellsAsChecks() {
        let report = LessonRunner().run(Lesson.parse(text: ExerciseFixture.key, file: "key.md"))
        // The output of `double(X)` and the three check cells; the two cells without output are not checks.
        XCTAssertEqual(report.passed, 4)
        XCTAssertEqual(report.failed, 0)
    }

    func testExpectInPlainTestFailsTheCell() throws {
        let text = "```swift\nexpect(1 > 2, \"one is not more than two\")\n```\n"
        let report = LessonRunner().run(Lesson.parse(text: text, file: "e.md"))
        guard case .failed(let failure)? = report.outcomes.first?.status else { return XCTFail("expect should fail the cell") }
        XCTAssertEqual(failure.message, "expectation failed: one is not more than two")
    }

    func testWatcherSeesASave() throws {
        let file = try ExerciseFixture.write("a", in: folder)
        let watcher = FileWatcher(paths: [file], interval: 0.05)
        let before = watcher.stamps()
        try Data("ab".utf8).write(to: URL(fileURLWithPath: file))
        XCTAssertNotNil(watcher.waitForChange(since: before))
        var polls = 0
        XCTAssertNil(watcher.waitForChange(since: watcher.stamps(), stop: { polls += 1; return polls > 3 }))
    }
}
