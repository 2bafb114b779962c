/// An input grid with its receptive-field cells (the non-zero entries of a mask) shaded.
struct ReceptiveFieldFigure {
    let mask: Grid
    let values: Grid?

    private var highlighted: Int {
        var count = 0
        for r in 0..<mask.rows { for c in 0..<mask.cols where mask[r, c] != 0 && !mask[r, c].isNaN { count += 1 } }
        return count
    }

    var summary: String {
        "[receptive field \(mask.shape), \(highlighted) of \(mask.rows * mask.cols) cells]"
    }

    var title: String {
        "Receptive field: \(highlighted) of the \(mask.rows * mask.cols) cells of a \(mask.rows) by \(mask.cols) input are shaded"
    }

    var svg: String {
        var svg = SVGBuilder()
        guard !mask.isEmpty else {
            svg.text("empty input", x: 60, y: 20, size: 13)
            return svg.document(width: 120, height: 40, title: title, cssClass: "receptive-field")
        }
        let cell = GridDrawing.cellSize(forLargestSide: max(mask.rows, mask.cols))
        // Numbers come from `values` when given and shaped like the mask; else cells stay blank.
        let numbers = values.flatMap { $0.rows == mask.rows && $0.cols == mask.cols ? $0 : nil }
        let drawing = GridDrawing(grid: numbers ?? mask, cell: cell)
        let left = 12.0, top = 30.0
        svg.text("Input", x: left + drawing.width / 2, y: 13, size: 13, weight: "600")
        drawing.draw(into: &svg, x: left, y: top, showNumbers: numbers != nil) { r, c in
            mask[r, c] != 0 && !mask[r, c].isNaN
        }
        return svg.document(width: max(drawing.width + left * 2, 80), height: top + drawing.height + 10,
                            title: title, cssClass: "receptive-field")
    }
}
