import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import LessonSite
@testable import LessonFigures

final class FigureTests: XCTestCase {
    let input: [[Float]] = [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
    let kernel: [[Float]] = [[0, 1], [2, 3]]
    let output: [[Float]] = [[19, 25], [37, 43]]

    private var allFigures: [Figure] {
        [
            .heatmap([[0, 0.5], [1, 0.25], [0, 1]]),
            .heatmap((0..<80).map { r in (0..<100).map { Float(r * $0) } }),
            .plot([3, 2, 1.5, Float.nan, 1, 0.5], label: "loss <train> & \"test\""),
            .plot([]),
            .correlationFigure(input: input, kernel: kernel, output: output, window: (0, 0)),
            .correlationFigure(input: input, kernel: kernel, output: output, window: (5, 5)),
            .receptiveField(mask: [[0, 0, 0], [1, 1, 0], [1, 1, 0]], values: input),
            .receptiveField(mask: []),
            .heatmap([[1, 2, 3], [4]]),
        ]
    }

    func testTheWellFormednessCheckRejectsBrokenMarkup() {
        XCTAssertThrowsError(try parseXML("<svg><title>x</svg>"))
        XCTAssertThrowsError(try parseXML("<svg><text>a & b</text></svg>"))
        XCTAssertThrowsError(try parseXML("<svg/><svg/>"))
    }

    func testEverySVGIsWellFormedWithATitleAndAccessibleName() throws {
        for figure in allFigures {
            let root = try parseXML(figure.svg)
            XCTAssertEqual(root.name, "svg", figure.summary)
            XCTAssertEqual(attribute(root, "role"), "img")
            let title = children(root, named: "title").first?.stringValue ?? ""
            XCTAssertFalse(title.isEmpty, "no <title> in \(figure.summary)")
            XCTAssertEqual(attribute(root, "aria-label"), title)
            XCTAssertNotNil(attribute(root, "viewBox"))
        }
    }

    func testSummariesAreShortAndExact() {
        XCTAssertEqual(Figure.heatmap((0..<6).map { _ in (0..<8).map { $0 < 4 ? 0 : 1 } }).summary,
                       "[heatmap 6x8, min 0, max 1]")
        XCTAssertEqual(Figure.heatmap([[0.125, -2.5]]).summary, "[heatmap 1x2, min -2.5, max 0.125]")
        XCTAssertEqual(Figure.plot([3, 1.5, 0.25], label: "loss").summary, "[plot loss: 3 points, min 0.25, max 3]")
        XCTAssertEqual(Figure.plot([7]).summary, "[plot 1 point, min 7, max 7]")
        XCTAssertEqual(Figure.correlationFigure(input: input, kernel: kernel, output: output, window: (0, 0)).summary,
                       "[correlation 3x3 input, 2x2 kernel, 2x2 output, window (0,0) -> 19]")
        XCTAssertEqual(Figure.correlationFigure(input: input, kernel: kernel, output: output, window: (1, 0)).summary,
                       "[correlation 3x3 input, 2x2 kernel, 2x2 output, window (1,0) -> 37]")
        XCTAssertEqual(Figure.receptiveField(mask: [[0, 0, 0], [1, 1, 0], [1, 1, 0]]).summary,
                       "[receptive field 3x3, 4 of 9 cells]")
        for figure in allFigures { XCTAssertLessThanOrEqual(figure.summary.count, 90, figure.summary) }
    }

    func testDegenerateInputIsDescribedNotTrapped() {
        XCTAssertEqual(Figure.heatmap([]).summary, "[heatmap 0x0, empty]")
        XCTAssertEqual(Figure.heatmap([[.nan, .infinity]]).summary, "[heatmap 1x2, no finite values]")
        XCTAssertEqual(Figure.plot([]).summary, "[plot 0 points]")
        XCTAssertEqual(Figure.heatmap([[1, 2, 3], [4]]).summary, "[heatmap 2x3, min 1, max 4]")
        XCTAssertEqual(Figure.correlationFigure(input: input, kernel: kernel, output: output, window: (5, 5)).summary,
                       "[correlation 3x3 input, 2x2 kernel, 2x2 output, window (5,5) out of range]")
        XCTAssertEqual(Figure.correlationFigure(input: input, kernel: kernel, output: output, window: (-1, 0)).summary,
                       "[correlation 3x3 input, 2x2 kernel, 2x2 output, window (-1,0) out of range]")
    }

    func testNumbersFormatDeterministically() {
        XCTAssertEqual(FigureNumber.short(19), "19")
        XCTAssertEqual(FigureNumber.short(-0.0), "0")
        XCTAssertEqual(FigureNumber.short(1.0 / 3.0), "0.333")
        XCTAssertEqual(FigureNumber.short(0.5), "0.5")
        XCTAssertEqual(FigureNumber.short(12345.6), "1.23e+04")
        XCTAssertEqual(FigureNumber.short(.nan), "nan")
        XCTAssertEqual(FigureNumber.short(-.infinity), "-inf")
    }

    func testCorrelationFigureShadesWindowKernelAndOutputElement() throws {
        let figure = Figure.correlationFigure(input: input, kernel: kernel, output: output, window: (0, 0))
        let root = try parseXML(figure.svg)
        let shaded = children(root, named: "rect").filter { attribute($0, "class") == "shaded" }
        XCTAssertEqual(shaded.count, 4 + 4 + 1, "window, whole kernel, one output element")
        let texts = children(root, named: "text").compactMap(\.stringValue)
        for label in ["Input", "Kernel", "Output", "19", "43", "0×0 + 1×1 + 3×2 + 4×3 = 19"] {
            XCTAssertTrue(texts.contains(label), "missing \(label)")
        }
        let outOfRange = try parseXML(Figure.correlationFigure(input: input, kernel: kernel, output: output, window: (5, 5)).svg)
        XCTAssertFalse(children(outOfRange, named: "rect").contains { attribute($0, "class") == "shaded" })
    }

    func testReceptiveFieldShadesTheMaskCells() throws {
        let root = try parseXML(Figure.receptiveField(mask: [[0, 0, 0], [1, 1, 0], [1, 1, 0]], values: input).svg)
        let shaded = children(root, named: "rect").filter { attribute($0, "class") == "shaded" }
        XCTAssertEqual(shaded.count, 4)
        XCTAssertTrue(children(root, named: "text").contains { $0.stringValue == "7" })
    }

    func testHeatmapDrawsOneCellPerValueAndAveragesLargeGrids() throws {
        let small = try parseXML(Figure.heatmap([[0, 0.5], [1, 0.25], [0, 1]]).svg)
        let bars = 24
        XCTAssertEqual(children(small, named: "rect").count, 6 + bars)
        let large = try parseXML(Figure.heatmap((0..<80).map { r in (0..<100).map { Float(r * $0) } }).svg)
        XCTAssertEqual(children(large, named: "rect").count, 60 * 60 + bars)
    }

    func testPlotBreaksTheLineAtMissingValuesAndEscapesTheLabel() throws {
        let figure = Figure.plot([3, 2, 1.5, .nan, 1, 0.5], label: "loss <train>")
        let root = try parseXML(figure.svg)
        XCTAssertEqual(children(root, named: "polyline").count, 2)
        XCTAssertTrue(children(root, named: "text").contains { $0.stringValue == "loss <train>" })
        XCTAssertTrue(figure.svg.contains("loss &lt;train&gt;"))
    }

    func testTicksAreRoundNumbersCoveringTheRange() {
        let ticks = NiceTicks(low: 0.0488, high: 30, targetCount: 5)
        XCTAssertEqual(ticks.values, [0, 10, 20, 30])
        let small = NiceTicks(low: -0.23, high: 0.41, targetCount: 5)
        XCTAssertEqual(small.step, 0.2, accuracy: 1e-12)
        XCTAssertEqual(NiceTicks.label(small.values[1], step: small.step), "-0.2")
    }
}

final class PlotThinningTests: XCTestCase {
    func testLongSeriesKeepTheirExtremesAndGaps() throws {
        var values = (0..<100_000).map { Float($0 % 100) }
        values[50_000] = .nan
        let kept = PlotFigure.thinned(values)
        XCTAssertLessThanOrEqual(kept.count, 2000)
        XCTAssertEqual(kept.map(\.value).filter { $0.isFinite }.max(), 99)
        XCTAssertEqual(kept.map(\.value).filter { $0.isFinite }.min(), 0)
        XCTAssertTrue(kept.contains { $0.index == 50_000 && $0.value.isNaN })
        XCTAssertEqual(kept.map(\.index), kept.map(\.index).sorted())
        let root = try parseXML(Figure.plot(values).svg)
        XCTAssertEqual(children(root, named: "polyline").count, 2)
    }

    func testShortSeriesAreDrawnPointForPoint() {
        XCTAssertEqual(PlotFigure.thinned([1, 2, 3]).map(\.value), [1, 2, 3])
    }
}

final class FigureLabelTests: XCTestCase {
    func testNegativeFactorsAreParenthesisedInTheWrittenSum() throws {
        let figure = Figure.correlationFigure(input: [[1, -2]], kernel: [[-0.5, 3]], output: [[-6.5]], window: (0, 0))
        let texts = children(try parseXML(figure.svg), named: "text").compactMap(\.stringValue)
        XCTAssertTrue(texts.contains("1×(-0.5) + (-2)×3 = -6.5"), "\(texts)")
    }

    func testAllNumbersOfAGridShareOneFontSize() throws {
        let root = try parseXML(Figure.heatmap([[1, -6.25], [0.5, 3]]).svg)
        let cellLabels = children(root, named: "text").filter { attribute($0, "class") == nil }
        XCTAssertEqual(cellLabels.compactMap(\.stringValue).sorted(), ["-6.25", "0.5", "1", "3"])
        XCTAssertEqual(Set(cellLabels.compactMap { attribute($0, "font-size") }).count, 1)
        let scale = children(root, named: "text").filter { attribute($0, "class") == "scale-label" }
        XCTAssertEqual(scale.compactMap(\.stringValue), ["3", "-6.25"])
    }
}
