/// A figure a lesson can show: built from plain numbers (no tensor type), rendered as inline SVG,
/// and summarised in one short deterministic line that the lesson's output check compares.
public struct Figure: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case heatmap(grid: [[Float]])
        case plot(values: [Float], label: String?)
        case correlation(input: [[Float]], kernel: [[Float]], output: [[Float]], window: GridPosition)
        case receptiveField(mask: [[Float]], values: [[Float]]?)
    }

    public let kind: Kind

    public init(kind: Kind) {
        self.kind = kind
    }

    /// 2-D values as a grid of shaded cells with a colour scale.
    public static func heatmap(_ grid: [[Float]]) -> Figure {
        Figure(kind: .heatmap(grid: grid))
    }

    /// A line chart of `values` against their index, with axes and ticks.
    public static func plot(_ values: [Float], label: String? = nil) -> Figure {
        Figure(kind: .plot(values: values, label: label))
    }

    /// Input, kernel and output of a cross-correlation with the numbers in the cells; the input
    /// window whose top-left corner is at `window`, the kernel and the output element it
    /// produces are shaded.
    public static func correlationFigure(input: [[Float]], kernel: [[Float]], output: [[Float]],
                                         window: (row: Int, col: Int)) -> Figure {
        Figure(kind: .correlation(input: input, kernel: kernel, output: output,
                                  window: GridPosition(row: window.row, col: window.col)))
    }

    /// An input grid with the cells that can influence a chosen output highlighted: every
    /// non-zero entry of `mask`. `values`, when given, are written in the cells.
    public static func receptiveField(mask: [[Float]], values: [[Float]]? = nil) -> Figure {
        Figure(kind: .receptiveField(mask: mask, values: values))
    }

    /// One short line, such as `[heatmap 6x8, min 0, max 1]`.
    public var summary: String {
        switch kind {
        case .heatmap(let grid):
            return HeatmapFigure(grid: Grid(grid)).summary
        case .plot(let values, let label):
            return PlotFigure(values: values, label: label).summary
        case .correlation(let input, let kernel, let output, let window):
            return CorrelationFigure(input: Grid(input), kernel: Grid(kernel), output: Grid(output),
                                     window: window).summary
        case .receptiveField(let mask, let values):
            return ReceptiveFieldFigure(mask: Grid(mask), values: values.map(Grid.init)).summary
        }
    }

    /// A self-contained `<svg>` element with a `<title>`, `role="img"` and `aria-label`.
    public var svg: String {
        switch kind {
        case .heatmap(let grid):
            return HeatmapFigure(grid: Grid(grid)).svg
        case .plot(let values, let label):
            return PlotFigure(values: values, label: label).svg
        case .correlation(let input, let kernel, let output, let window):
            return CorrelationFigure(input: Grid(input), kernel: Grid(kernel), output: Grid(output),
                                     window: window).svg
        case .receptiveField(let mask, let values):
            return ReceptiveFieldFigure(mask: Grid(mask), values: values.map(Grid.init)).svg
        }
    }
}

/// A cell coordinate: row first, as in `Y[i, j]`.
public struct GridPosition: Sendable, Equatable, Hashable {
    public var row: Int
    public var col: Int

    public init(row: Int, col: Int) {
        self.row = row
        self.col = col
    }
}
