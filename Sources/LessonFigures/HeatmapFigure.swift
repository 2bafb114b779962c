/// A heatmap: one shaded cell per value, numbers written in the cells when they fit, and a
/// colour bar with the minimum and maximum.
struct HeatmapFigure {
    let grid: Grid
    /// Larger grids are averaged down to this many cells per side so the SVG stays small.
    static let maximumCellsPerSide = 60

    var summary: String {
        guard !grid.isEmpty else { return "[heatmap \(grid.shape), empty]" }
        guard let range = grid.finiteRange else { return "[heatmap \(grid.shape), no finite values]" }
        return "[heatmap \(grid.shape), min \(FigureNumber.short(range.min)), max \(FigureNumber.short(range.max))]"
    }

    var title: String {
        guard !grid.isEmpty, let range = grid.finiteRange else {
            return "Heatmap of a \(grid.rows) by \(grid.cols) grid with no values"
        }
        return "Heatmap of a \(grid.rows) by \(grid.cols) grid, values from \(FigureNumber.short(range.min)) to \(FigureNumber.short(range.max))"
    }

    var svg: String {
        var svg = SVGBuilder()
        guard !grid.isEmpty, let range = grid.finiteRange else {
            svg.text("no values", x: 60, y: 20, size: 13)
            return svg.document(width: 120, height: 40, title: title, cssClass: "heatmap")
        }
        let drawn = downsampled()
        let cell = min(40, max(4, (360.0 / Double(max(drawn.count, drawn[0].count))).rounded(.down)))
        let showsIndices = drawn.count == grid.rows && drawn[0].count == grid.cols && cell >= 16
        let origin = (x: showsIndices ? 24.0 : 8.0, y: showsIndices ? 22.0 : 8.0)
        let span = Double(range.max - range.min)
        func position(_ value: Float) -> Double { span > 0 ? Double(value - range.min) / span : 0.5 }

        let longest = drawn.joined().filter(\.isFinite).map(FigureNumber.short).max { $0.count < $1.count } ?? ""
        let fontSize = SVGBuilder.fittingFontSize(for: longest, cell: cell, preferred: cell * 0.32)
        for (r, row) in drawn.enumerated() {
            for (c, value) in row.enumerated() {
                let x = origin.x + Double(c) * cell, y = origin.y + Double(r) * cell
                guard value.isFinite else {
                    svg.rect(x: x, y: y, width: cell, height: cell, fill: "none",
                             stroke: "currentColor", strokeWidth: 0.5)
                    continue
                }
                svg.rect(x: x, y: y, width: cell, height: cell, fill: ColorRamp.color(at: position(value)))
                if cell >= 28 {
                    svg.text(FigureNumber.short(value), x: x + cell / 2, y: y + cell / 2, size: fontSize,
                             fill: ColorRamp.textColor(at: position(value)))
                }
            }
        }
        let gridWidth = Double(drawn[0].count) * cell, gridHeight = Double(drawn.count) * cell
        if showsIndices {
            for c in 0..<grid.cols {
                svg.text(String(c), x: origin.x + (Double(c) + 0.5) * cell, y: origin.y - 10, size: 10,
                         cssClass: "axis-label")
            }
            for r in 0..<grid.rows {
                svg.text(String(r), x: origin.x - 10, y: origin.y + (Double(r) + 0.5) * cell, size: 10,
                         cssClass: "axis-label")
            }
        }
        // The colour bar: stacked bands from the maximum (top) to the minimum (bottom).
        let barX = origin.x + gridWidth + 16, barHeight = max(gridHeight, 80), bands = 24
        for band in 0..<bands {
            let t = 1 - (Double(band) + 0.5) / Double(bands)
            svg.rect(x: barX, y: origin.y + Double(band) * barHeight / Double(bands), width: 12,
                     height: barHeight / Double(bands) + 0.5, fill: ColorRamp.color(at: t))
        }
        svg.text(FigureNumber.short(range.max), x: barX + 18, y: origin.y + 5, anchor: .start, size: 11,
                 cssClass: "scale-label")
        svg.text(FigureNumber.short(range.min), x: barX + 18, y: origin.y + barHeight - 5, anchor: .start, size: 11,
                 cssClass: "scale-label")
        let labelWidth = Double(max(FigureNumber.short(range.max).count, FigureNumber.short(range.min).count)) * 7
        return svg.document(width: barX + 18 + labelWidth + 8, height: origin.y + barHeight + 8,
                            title: title, cssClass: "heatmap")
    }

    /// The grid as drawn: itself when small, else block averages of its finite values.
    private func downsampled() -> [[Float]] {
        let rowsOut = min(grid.rows, Self.maximumCellsPerSide), colsOut = min(grid.cols, Self.maximumCellsPerSide)
        return (0..<rowsOut).map { r in
            (0..<colsOut).map { c in
                let rowRange = (r * grid.rows / rowsOut)..<max((r + 1) * grid.rows / rowsOut, r * grid.rows / rowsOut + 1)
                let colRange = (c * grid.cols / colsOut)..<max((c + 1) * grid.cols / colsOut, c * grid.cols / colsOut + 1)
                var sum: Float = 0, count = 0
                for i in rowRange { for j in colRange where grid[i, j].isFinite { sum += grid[i, j]; count += 1 } }
                return count > 0 ? sum / Float(count) : .nan
            }
        }
    }
}
