import XCTest
@testable import LessonKit

final class OutputMatcherTests: XCTestCase {
    private func compare(_ expected: String, _ actual: String, _ options: OutputOptions = .exact) -> OutputComparison {
        OutputMatcher.compare(expected: expected, actual: actual, options: options)
    }

    private func mismatch(_ comparison: OutputComparison, file: StaticString = #filePath, line: UInt = #line) -> OutputMismatch? {
        guard case .mismatch(let mismatch) = comparison else {
            XCTFail("expected a mismatch", file: file, line: line)
            return nil
        }
        return mismatch
    }

    // MARK: exact

    func testExactIgnoresTrailingSpacesFinalNewlinesAndCRLF() {
        XCTAssertEqual(compare("a  \nb\n", "a\nb"), .match)
        XCTAssertEqual(compare("a\r\nb\r\n", "a\nb\n\n"), .match)
        XCTAssertNotEqual(compare("a\nb", " a\nb"), .match, "leading spaces count")
        XCTAssertNotEqual(compare("a\n\nb", "a\nb"), .match, "inner blank lines count")
    }

    func testExactMismatchHasUnifiedDiffRelativeToTheBlock() throws {
        let expected = "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\n"
        let actual = "l1\nl2\nl3\nl4\nl5\nl6\nX7\nl8\n"
        let result = try XCTUnwrap(mismatch(compare(expected, actual)))
        XCTAssertEqual(result.summary, "line 7 differs")
        XCTAssertEqual(result.diffText, """
        --- expected
        +++ actual
        @@ -4,5 +4,5 @@
         l4
         l5
         l6
        -l7
        +X7
         l8

        """)
        XCTAssertTrue(result.diff.rendered(expectedLineOffset: 20).contains("@@ -24,5 +4,5 @@"))
    }

    /// The reason names every changed line (a few, then how many more), in file lines when
    /// the block's first line is given, as the diff's are.
    func testReasonNamesTheChangedLinesInFileLines() throws {
        let exact = OutputOptions.exact
        func summary(_ e: String, _ a: String) -> String? {
            if case .mismatch(let m) = OutputMatcher.compare(expected: e, actual: a, options: exact, firstLine: 101) { return m.summary }
            return nil
        }
        XCTAssertEqual(summary("a\nb\nc\n", "x\nb\ny\n"), "lines 101 and 103 differ")
        XCTAssertEqual(summary("1\n2\n3\n4\n5\n", "0\n0\n0\n0\n0\n6\n7\n"), "lines 101, 102, 103 and 2 more differ; 2 more lines were printed")
        XCTAssertEqual(summary("a\nb\nc\n", "a\n"), "lines 102-103 are missing")
        XCTAssertEqual(summary("a  b\n", "a\tb\n"), "line 101 differs (only in whitespace: tabs or spaces)")
    }

    func testDiffOfMissingLines() throws {
        let result = try XCTUnwrap(mismatch(compare("a\nb\n", "a\n")))
        XCTAssertEqual(result.diff.hunks.count, 1)
        XCTAssertEqual(result.diff.hunks[0].lines, [.context("a"), .removed("b")])
        XCTAssertEqual(result.summary, "line 2 is missing")
        let empty = try XCTUnwrap(mismatch(compare("", "x\n")))
        XCTAssertEqual(empty.summary, "one more line was printed")
        XCTAssertTrue(empty.diffText.contains("@@ -0,0 +1,1 @@\n+x\n"), empty.diffText)
    }

    // MARK: approx

    func testApproxNumbersWithinTolerance() {
        let options = OutputOptions(approx: true, atol: 1e-3, rtol: 0)
        XCTAssertEqual(compare("loss 0.2500, acc 1.", "loss 0.2509, acc 1.0004", options), .match)
        XCTAssertNotEqual(compare("loss 0.2500", "loss 0.2520", options), .match)
        XCTAssertNotEqual(compare("loss 0.2500", "loss 0.25"), .match, "exact mode compares digits as text")
    }

    func testApproxRelativeTolerance() {
        let options = OutputOptions(approx: true, atol: 0, rtol: 0.01)
        XCTAssertEqual(compare("1000.0", "1009.0", options), .match)
        XCTAssertNotEqual(compare("1000.0", "1011.0", options), .match)
        XCTAssertEqual(compare("-1e-3", "-1.005e-3", options), .match)
    }

    func testApproxNonNumberTextMustMatchExactly() throws {
        let options = OutputOptions(approx: true, atol: 1)
        let result = try XCTUnwrap(mismatch(compare("loss: 1.0", "Loss: 1.0", options)))
        XCTAssertTrue(result.summary.contains("text around the numbers"), result.summary)
        XCTAssertNotEqual(compare("conv2d", "conv3d", options), .match, "digits inside names are text")
        XCTAssertEqual(compare("took 10ms", "took 10.4ms", options), .match, "units may follow a number")
        XCTAssertNotEqual(compare("took 10ms", "took 10.4s", options), .match)
        XCTAssertEqual(compare("nan inf -inf", "nan inf -inf", options), .match)
        XCTAssertNotEqual(compare("nan", "1.0", options), .match)
    }

    func testApproxMismatchNamesTheNumber() throws {
        let result = try XCTUnwrap(mismatch(compare("a 1.0\nb 2.0", "a 1.0\nb 2.5", OutputOptions(approx: true))))
        XCTAssertTrue(result.summary.hasPrefix("line 2: 2.5 is not within"), result.summary)
    }

    func testTensorLayoutMayDifferButShapeAndValuesMust() throws {
        let options = OutputOptions(approx: true, atol: 1e-4)
        let expected = "tensor([[ 1.0000, -2.0000],\n        [ 3.0000,  4.0000]])"
        let rewrapped = "tensor([[1.00001, -2.0], [3.0, 4.0]])"
        XCTAssertEqual(compare(expected, rewrapped, options), .match)
        let wrongValue = "tensor([[1.0, -2.0], [3.0, 4.1]])"
        XCTAssertNotEqual(compare(expected, wrongValue, options), .match)
        let wrongShape = "tensor([[1.0, -2.0, 3.0, 4.0]])"
        let result = try XCTUnwrap(mismatch(compare(expected, wrongShape, options)))
        XCTAssertEqual(result.summary, "tensor 1 has shape [1, 4], expected [2, 2]")
        XCTAssertEqual(compare("tensor(3.0000, grad_fn=<SumBackward0>)", "tensor(3., grad_fn=<SumBackward0>)", options), .match)
        XCTAssertNotEqual(compare("tensor(3., requires_grad=True)", "tensor(3.)", options), .match)
    }

    func testTensorShapeReader() {
        XCTAssertEqual(TensorShape.shapes(in: "tensor([[0., 1.], [2., 3.], [4., 5.]]) and tensor(7.)"), [[3, 2], []])
        XCTAssertEqual(TensorShape.shapes(in: "tensor([[[1]]])"), [[1, 1, 1]])
    }

    // MARK: ellipsis

    func testEllipsisInsideALine() {
        let options = OutputOptions(ellipsis: true)
        XCTAssertEqual(compare("took ... seconds", "took 0.25 seconds", options), .match)
        XCTAssertEqual(compare("id=...", "id=", options), .match)
        XCTAssertEqual(compare("a...b...c", "aXXbYYc", options), .match)
        XCTAssertNotEqual(compare("took ... seconds", "took 3 minutes", options), .match)
        XCTAssertNotEqual(compare("ab...ba", "aba", options), .match, "prefix and suffix may not overlap")
    }

    func testEllipsisLineMatchesAnyNumberOfLines() throws {
        let options = OutputOptions(ellipsis: true)
        XCTAssertEqual(compare("epoch 1\n...\ndone", "epoch 1\nepoch 2\nepoch 3\ndone", options), .match)
        XCTAssertEqual(compare("epoch 1\n...\ndone", "epoch 1\ndone", options), .match)
        XCTAssertEqual(compare("...", "", options), .match)
        let result = try XCTUnwrap(mismatch(compare("epoch 1\n...\ndone", "epoch 1\nepoch 2", options)))
        XCTAssertFalse(result.diff.isEmpty)
        XCTAssertNotEqual(compare("a ... b", "a x b", .exact), .match, "only with the ellipsis option")
    }

    func testEllipsisWithApprox() {
        let options = OutputOptions(approx: true, atol: 0.01, ellipsis: true)
        XCTAssertEqual(compare("loss 0.50\n...\nloss 0.10", "loss 0.501\nloss 0.3\nloss 0.104", options), .match)
        XCTAssertNotEqual(compare("loss 0.50\n...", "loss 0.60", options), .match)
    }

    // MARK: nondeterministic

    func testNondeterministicAlwaysMatches() {
        XCTAssertEqual(compare("1 2 3", "completely different", OutputOptions(nondeterministic: true)), .match)
    }
}


final class ExpectedOutputComparisonTests: XCTestCase {
    func testBlockOptionsAndFileLineNumbers() throws {
        let text = "# T\n\n```swift\nx\n```\n\n```output atol=0.1\n1.0\n2.0\n```\n"
        let expected = try XCTUnwrap(Lesson.parse(text: text, file: "t.md").cells[0].expected)
        XCTAssertEqual(expected.compare(actual: "1.05\n2.0\n"), .match)
        guard case .mismatch(let mismatch) = expected.compare(actual: "1.0\n2.5\n") else { return XCTFail() }
        XCTAssertTrue(mismatch.diffText(numberedFor: expected).contains("@@ -8,2 +1,2 @@\n 1.0\n-2.0\n+2.5\n"),
                      mismatch.diffText(numberedFor: expected))
    }
}
