/// Input, kernel and output of a 2-D cross-correlation side by side, as in Figure 5.1 of
/// Dive into Deep Learning: one window of the input, the kernel and the output element they
/// produce are shaded, and the products are written out underneath.
struct CorrelationFigure {
    let input: Grid
    let kernel: Grid
    let output: Grid
    let window: GridPosition

    /// The window is drawable when it names an output element and lies inside the input.
    private var windowIsValid: Bool {
        output.contains(window) && !kernel.isEmpty
            && window.row + kernel.rows <= input.rows && window.col + kernel.cols <= input.cols
    }

    private var windowLabel: String { "(\(window.row),\(window.col))" }

    var summary: String {
        let shapes = "[correlation \(input.shape) input, \(kernel.shape) kernel, \(output.shape) output"
        guard windowIsValid else { return "\(shapes), window \(windowLabel) out of range]" }
        return "\(shapes), window \(windowLabel) -> \(FigureNumber.short(output[window.row, window.col]))]"
    }

    var title: String {
        let shapes = "Cross-correlation of a \(input.rows) by \(input.cols) input with a \(kernel.rows) by \(kernel.cols) kernel, giving a \(output.rows) by \(output.cols) output"
        guard windowIsValid else { return shapes }
        return "\(shapes). The shaded window at row \(window.row), column \(window.col) gives the output element \(FigureNumber.short(output[window.row, window.col]))"
    }

    /// `0×0 + 1×1 + 3×2 + 4×3 = 19`, for kernels small enough to spell out.
    var expression: String? {
        guard windowIsValid, kernel.rows * kernel.cols <= 9 else { return nil }
        var terms: [String] = []
        for a in 0..<kernel.rows {
            for b in 0..<kernel.cols {
                terms.append("\(factor(input[window.row + a, window.col + b]))×\(factor(kernel[a, b]))")
            }
        }
        return terms.joined(separator: " + ") + " = " + FigureNumber.short(output[window.row, window.col])
    }

    /// A number as a factor in the written-out sum: negatives in parentheses, `2×(-0.5)`.
    private func factor(_ value: Float) -> String {
        let text = FigureNumber.short(value)
        return text.hasPrefix("-") ? "(\(text))" : text
    }

    var svg: String {
        var svg = SVGBuilder()
        let tallest = max(input.rows, kernel.rows, output.rows)
        let cell = GridDrawing.cellSize(forLargestSide: max(tallest, input.cols, kernel.cols, output.cols))
        let parts = [("Input", input), ("Kernel", kernel), ("Output", output)]
        let gap = 44.0, top = 30.0, left = 12.0
        var x = left
        for (index, (name, grid)) in parts.enumerated() {
            let drawing = GridDrawing(grid: grid, cell: cell)
            let y = top + Double(tallest - grid.rows) * cell / 2
            svg.text(name, x: x + drawing.width / 2, y: 13, size: 13, weight: "600")
            drawing.draw(into: &svg, x: x, y: y) { r, c in
                guard windowIsValid else { return false }
                switch index {
                case 0: return r >= window.row && r < window.row + kernel.rows
                    && c >= window.col && c < window.col + kernel.cols
                case 1: return true
                default: return r == window.row && c == window.col
                }
            }
            x += drawing.width
            if index < 2 {
                svg.text(index == 0 ? "∗" : "=", x: x + gap / 2, y: top + Double(tallest) * cell / 2, size: 22)
                x += gap
            }
        }
        var height = top + Double(tallest) * cell + 10
        var width = x + left
        if let expression {
            svg.text(expression, x: left, y: height + 12, anchor: .start, size: 13, cssClass: "expression")
            height += 30
            width = max(width, left * 2 + Double(expression.count) * 7.2)
        }
        return svg.document(width: width, height: height, title: title, cssClass: "correlation")
    }
}
