import Foundation
import LessonKit
import XCTest

/// The bad-input catalogue, through LessonKit: each input gives a clear diagnostic at
/// `file:line:col`, never a crash. (CLIBadInputTests checks the same inputs' exit codes.)
final class BadInputCatalogueTests: XCTestCase {
    static func run(_ text: String, timeLimit: Double = 5) -> LessonReport {
        var settings = RunSettings()
        settings.timeLimit = timeLimit
        return LessonRunner(settings: settings).run(Lesson.parse(text: text, file: "bad.md"))
    }

    /// The one failure of a one-cell lesson, or a test failure.
    static func failure(_ report: LessonReport, file: StaticString = #filePath, line: UInt = #line) -> CellFailure? {
        let failures = report.outcomes.compactMap { outcome -> CellFailure? in
            if case .failed(let failure) = outcome.status { return failure } else { return nil }
        }
        XCTAssertEqual(failures.count, 1, "failures: \(failures.map(\.message))", file: file, line: line)
        return failures.first
    }

    static func errorKind(_ failure: CellFailure?) -> String? {
        if case .error(let kind)? = failure?.kind { return kind } else { return nil }
    }

    func testUnclosedFenceIsAnErrorAtItsOpeningLine() {
        let lesson = Lesson.parse(text: "# T\n\n```swift\nprint(1)\n", file: "bad.md")
        XCTAssertEqual(lesson.places(of: .unclosedFence), ["3:1"])
        XCTAssertTrue(lesson.hasErrors)
        XCTAssertTrue(lesson.diagnostics[0].description.hasPrefix("bad.md:3:1: error: "), lesson.diagnostics[0].description)
    }

    func testOutputBlockWithoutCellBeforeIt() {
        let lesson = Lesson.parse(text: "Prose.\n\n```output\n1\n```\n", file: "bad.md")
        XCTAssertEqual(lesson.places(of: .outputWithoutCell), ["3:1"])
        XCTAssertFalse(Self.run("Prose.\n\n```output\n1\n```\n").succeeded, "an orphan output block fails the lesson")
    }

    func testUnknownAttributeIsReportedAtTheWord() {
        let lesson = Lesson.parse(text: "Intro\n\n```swift hiden\nprint(1)\n```\n", file: "bad.md")
        XCTAssertEqual(lesson.places(of: .unknownAttribute), ["3:10"])
    }

    func testSwiftSyntaxErrorHasFileLineColumn() {
        let report = Self.run("Intro\n\n```swift\nlet a = 1\nlet x = (1 +\n```\n")
        let failure = Self.failure(report)
        XCTAssertEqual(Self.errorKind(failure), "parse")
        XCTAssertTrue(failure?.location.hasPrefix("bad.md:5:") ?? false, failure?.location ?? "")
    }

    /// One cell per kind the interpreter reports, each failing at its own line with a location.
    func testEveryRunTimeErrorKindIsADiagnosticWithAPlace() {
        let cases: [(code: String, kind: String)] = [
            ("let y = (", "parse"),
            ("let t = undefinedName + 1", "name"),
            ("let s: Int = \"text\"", "type"),
            ("let a = [1, 2]\nprint(a[5])", "runtime"),
            ("let big = Int.max\nprint(big + 1)", "runtime"),
            ("let zero = 0\nprint(7 / zero)", "runtime"),
            ("let zero = 0\nprint(7 % zero)", "runtime"),
            ("let o: Int? = nil\nprint(o!)", "runtime"),
            ("fatalError(\"boom\")", "runtime"),
            ("precondition(1 > 2, \"nope\")", "runtime"),
            ("let e: [Int] = []\nprint(e[0])", "runtime"),
            ("print(Int(Double.nan))", "runtime"),
            ("print(tensor([1, 2]) + tensor([1, 2, 3]))", "runtime"),
            ("print(corr2d(ones(2, 2), ones(3, 3)))", "runtime"),
            ("print(tensor([1, 2]).item())", "runtime"),
            ("print(ones(2, 2)[5])", "runtime"),
            ("print(zeros(-1))", "runtime"),
            ("let a = ones(2)\na.backward()", "runtime"),
            ("let s = ones(1).sum()\ns.backward()", "runtime"),
            ("var w = Parameter(ones(2))\nw += 1", "runtime"),
            ("let layer = Conv2D(kernelSize: (0, 3))", "runtime"),
            ("var s = \"ab\"\nwhile true { s += s }", "limit"),
            ("let a = Array(repeating: 0, count: 10_000_000_000)", "limit"),
            ("let m = (0..<100_000_000).map { $0 }", "limit"),
            ("print((Int.min..<Int.max).count)", "runtime"),
            ("while true {}", "limit"),
        ]
        for (number, entry) in cases.enumerated() {
            let text = "Line one\n\n```swift\n\(entry.code)\n```\n"
            let report = Self.run(text, timeLimit: 0.3)
            guard let failure = Self.failure(report) else { XCTFail("no failure for \(entry.code)"); continue }
            let lastLine = 3 + entry.code.split(separator: "\n").count
            XCTAssertEqual(Self.errorKind(failure), entry.kind, "case \(number): \(entry.code) → \(failure.message)")
            let place = failure.location.split(separator: ":")
            XCTAssertEqual(place.count, 3, "file:line:col for \(entry.code): \(failure.location)")
            if place.count == 3, let line = Int(place[1]), let column = Int(place[2]) {
                XCTAssertTrue((4...lastLine).contains(line), "\(entry.code): line \(line) not in the cell")
                XCTAssertGreaterThanOrEqual(column, 1)
            }
            XCTAssertFalse(failure.message.isEmpty)
        }
    }

    func testUnsupportedConstructIsNamed() {
        let failure = Self.failure(Self.run("```swift\nactor Counter { var n = 0 }\n```\n"))
        XCTAssertNotNil(Self.errorKind(failure))
        XCTAssertTrue(failure?.location.hasPrefix("bad.md:2:") ?? false, failure?.location ?? "")
    }

    func testShapeMismatchInsideALayerPointsAtTheCall() {
        let text = "```swift\nlet layer = Conv2D(kernelSize: (3, 3))\nlet x = ones(2, 2)\nlet y = layer(x)\n```\n"
        let failure = Self.failure(Self.run(text))
        XCTAssertEqual(Self.errorKind(failure), "runtime")
        XCTAssertTrue(failure?.location.hasPrefix("bad.md:4:") ?? false, failure?.location ?? "")
        XCTAssertTrue(failure?.message.contains("kernel") ?? false, failure?.message ?? "")
    }

    func testEndlessLoopStopsAtTheTimeLimit() {
        let started = Date()
        let failure = Self.failure(Self.run("```swift\nvar i = 0\nwhile true { i += 1 }\n```\n", timeLimit: 0.5))
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        XCTAssertEqual(Self.errorKind(failure), "limit")
        XCTAssertTrue(failure?.message.contains("time limit") ?? false, failure?.message ?? "")
        XCTAssertTrue(failure?.location.hasPrefix("bad.md:3:") ?? false, failure?.location ?? "")
    }

    func testAnEnormousTimeLimitMeansNoLimitNotACrash() {
        // Converting 1e300 s to nanoseconds trapped (`Double value cannot be converted to UInt64`).
        let report = Self.run("```swift timeout=1e300s\nprint(1)\n```\n\n```output\n1\n```\n")
        XCTAssertTrue(report.succeeded, "\(report.outcomes)")
        XCTAssertTrue(Self.run("```swift\nprint(2)\n```\n\n```output\n2\n```\n", timeLimit: .infinity).succeeded)
    }

    func testUnboundedRecursionHitsTheDepthLimit() {
        let text = "```swift\nfunc down(_ n: Int) -> Int { down(n + 1) + 1 }\nprint(down(0))\n```\n"
        let failure = Self.failure(Self.run(text))
        XCTAssertEqual(Self.errorKind(failure), "limit")
        XCTAssertTrue(failure?.location.hasPrefix("bad.md:2:") ?? false, failure?.location ?? "")
    }

    func testTensorOfTenBillionElementsIsRefused() {
        let failure = Self.failure(Self.run("```swift\nlet huge = zeros(100000, 100000)\n```\n"))
        XCTAssertEqual(Self.errorKind(failure), "runtime")
        XCTAssertTrue(failure?.message.contains("10000000000") ?? false, failure?.message ?? "")
        XCTAssertEqual(failure?.location, "bad.md:2:12")
    }

    /// Element-wise maths that cannot allocate its result is an error, not a trap.
    func testMathOnAFullBudgetIsAnError() {
        var settings = RunSettings()
        settings.engineLimits = EngineLimits(maxElementsPerTensor: 1000, maxTotalElements: 1500)
        let text = "```swift\nlet a = ones(1000)\nlet b = a.exp()\n```\n"
        let report = LessonRunner(settings: settings).run(Lesson.parse(text: text, file: "bad.md"))
        XCTAssertEqual(Self.failure(report)?.location, "bad.md:3:9")
        for method in ["log", "sqrt", "abs", "exp"] {
            let other = "```swift\nlet a = ones(1000)\nlet b = a.\(method)()\n```\n"
            let result = LessonRunner(settings: settings).run(Lesson.parse(text: other, file: "bad.md"))
            XCTAssertEqual(Self.errorKind(Self.failure(result)), "runtime", method)
        }
    }

    /// One host call can outlast any time limit (the clock is read between statements), so
    /// convolutions and products too large to finish are refused before they start.
    func testConvolutionTooLargeToFinishIsRefused() {
        let started = Date()
        for call in ["corr2d(x, k)", "convolve2d(x, k)", "Conv2D(kernelSize: (1000, 1000))(x)", "matmul(x, x)", "x.matmul(x)"] {
            let text = "```swift\nlet x = ones(2000, 2000)\nlet k = ones(1000, 1000)\nlet y = \(call)\n```\n"
            let failure = Self.failure(Self.run(text))
            XCTAssertEqual(Self.errorKind(failure), "runtime", call)
            XCTAssertTrue(failure?.message.contains("multiply-adds") ?? false, "\(call): \(failure?.message ?? "")")
            XCTAssertTrue(failure?.location.hasPrefix("bad.md:4:") ?? false, failure?.location ?? "")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 20)
    }

    /// swift-syntax's parser takes exponential time on nested `[` (found by fuzzing): past 12
    /// levels the cell is refused at once instead of hanging where no time limit reaches.
    func testNestedSquareBracketsAreRefusedQuickly() {
        let started = Date()
        let deep = String(repeating: "[", count: 30) + "1" + String(repeating: "]", count: 30)
        let failure = Self.failure(Self.run("```swift\nlet ok = [[[[1.0]]]]\nlet deep = \(deep)\n```\n"))
        XCTAssertEqual(Self.errorKind(failure), "parse")
        XCTAssertEqual(failure?.location, "bad.md:3:24")
        XCTAssertTrue(failure?.message.contains("nested") ?? false, failure?.message ?? "")
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        let fine = Self.run("```swift\nprint([[[[1]]]].count)\n```\n\n```output\n1\n```\n")
        XCTAssertTrue(fine.succeeded)
    }

    func testLayerTooLargeForTheBudgetIsAnError() {
        let failure = Self.failure(Self.run("```swift\nlet layer = Conv2D(kernelSize: (100000, 100000))\n```\n"))
        XCTAssertEqual(Self.errorKind(failure), "runtime")
        XCTAssertTrue(failure?.location.hasPrefix("bad.md:2:") ?? false, failure?.location ?? "")
    }
}
