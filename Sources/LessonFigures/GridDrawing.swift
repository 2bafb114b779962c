/// Draws a grid of numbered cells, some shaded: the building block of the correlation and
/// receptive-field figures.
struct GridDrawing {
    static let shade = "#4a90d9"
    static let shadeOpacity = 0.45

    let grid: Grid
    let cell: Double

    var width: Double { Double(grid.cols) * cell }
    var height: Double { Double(grid.rows) * cell }

    /// Cells at rows and columns for which `isShaded` holds get the shade; numbers are written
    /// when the cells are large enough to hold them.
    func draw(into svg: inout SVGBuilder, x originX: Double, y originY: Double,
              showNumbers: Bool = true, isShaded: (Int, Int) -> Bool) {
        // One size for the whole grid, set by its longest label, so the numbers look even.
        var longest = ""
        for r in 0..<grid.rows { for c in 0..<grid.cols where !grid[r, c].isNaN {
            let label = FigureNumber.short(grid[r, c])
            if label.count > longest.count { longest = label }
        } }
        let fontSize = SVGBuilder.fittingFontSize(for: longest, cell: cell, preferred: cell * 0.38)
        for r in 0..<grid.rows {
            for c in 0..<grid.cols {
                let x = originX + Double(c) * cell, y = originY + Double(r) * cell
                if isShaded(r, c) {
                    svg.rect(x: x, y: y, width: cell, height: cell, fill: Self.shade,
                             fillOpacity: Self.shadeOpacity, cssClass: "shaded")
                }
                svg.rect(x: x, y: y, width: cell, height: cell, fill: "none", stroke: "currentColor",
                         strokeWidth: 1.2)
                let value = grid[r, c]
                if showNumbers, cell >= 22, !value.isNaN {
                    svg.text(FigureNumber.short(value), x: x + cell / 2, y: y + cell / 2, size: fontSize)
                }
            }
        }
    }

    /// Cells shrink for larger grids so a figure stays about page width.
    static func cellSize(forLargestSide side: Int, budget: Double = 264) -> Double {
        min(44, max(14, (budget / Double(max(side, 1))).rounded(.down)))
    }
}
