import XCTest
import LessonPrelude
@testable import LessonKit

/// Splitting compiled output back into cells and reporting each difference with its place.
final class ExportComparisonTests: XCTestCase {
    private func program(_ cells: [(Int, String)]) -> ExportedProgram {
        ExportedProgram(target: "t", source: "l.md", kind: .lesson,
                        cells: cells.map { ExportedCell(index: $0.0, line: 10 + $0.0, interpreted: $0.1, compared: true, reason: nil) },
                        leftOut: [])
    }

    private func output(_ cells: [(Int, String)], before: String = "") -> String {
        before + cells.map { lessonCellMarker($0.0) + "\n" + $0.1 }.joined()
    }

    func testSplitsOnMarkersAndIgnoresTextBeforeTheFirst() {
        let cells = ExportComparison.splitCells(output([(0, "a\n"), (2, ""), (3, "b\nc\n")], before: "saved\n"))
        XCTAssertEqual(cells, [0: "a\n", 2: "", 3: "b\nc\n"])
    }

    func testAnOutputWithoutItsLastNewlineKeepsItsCell() {
        // Was "the compiled program stopped before this cell": the marker was not at a line start.
        let cells = ExportComparison.splitCells(output([(0, "loss"), (1, "a\nb"), (2, "done\n")]))
        XCTAssertEqual(cells, [0: "loss", 1: "a\nb", 2: "done\n"])
    }

    func testEqualOutputsPass() {
        let cells = [(0, "tensor(1.)\n"), (1, "")]
        let summary = ExportComparison.compare(program(cells), output: output(cells), status: 0)
        XCTAssertEqual(summary.cellsCompared, 2)
        XCTAssertTrue(summary.differences.isEmpty)
    }

    func testADifferenceNamesLessonCellAndDiff() throws {
        let summary = ExportComparison.compare(program([(0, "1\n"), (1, "0.1\n")]),
                                               output: output([(0, "1\n"), (1, "0.10000000149011612\n")]), status: 0)
        let difference = try XCTUnwrap(summary.differences.first)
        XCTAssertEqual(summary.differences.count, 1)
        XCTAssertEqual(difference.cell.index, 1)
        XCTAssertTrue(difference.report.hasPrefix("DIFF l.md:11: cell 2 (t): line 1 differs"), difference.report)
        XCTAssertTrue(difference.report.contains("-0.1\n"))
        XCTAssertTrue(difference.report.contains("+0.10000000149011612"))
        XCTAssertTrue(difference.report.contains("--- interpreter\n    +++ compiled Swift\n"), difference.report)
    }

    func testAProgramThatStopsEarlyFailsTheMissingCells() {
        let summary = ExportComparison.compare(program([(0, "a\n"), (1, "b\n")]), output: output([(0, "a\n")]), status: 4)
        XCTAssertEqual(summary.differences.map(\.cell.index), [1, 0])
        XCTAssertTrue(summary.differences[0].summary.contains("stopped before this cell (exit status 4)"))
    }

    func testCellsNotComparableAreCountedApart() {
        var p = program([(0, "x\n")])
        p.cells[0].compared = false
        let summary = ExportComparison.compare(p, output: output([(0, "y\n")]), status: 0)
        XCTAssertEqual(summary.cellsCompared, 0)
        XCTAssertEqual(summary.cellsNotCompared, 1)
        XCTAssertTrue(summary.differences.isEmpty)
    }
}
