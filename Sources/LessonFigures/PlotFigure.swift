import Foundation

/// A line chart of a series against its index: axes, "nice" ticks, faint grid lines and an
/// optional label. Non-finite values break the line instead of bending it to infinity.
struct PlotFigure {
    let values: [Float]
    let label: String?

    private static let size = (width: 520.0, height: 300.0)
    private static let margin = (left: 56.0, right: 18.0, top: 30.0, bottom: 40.0)

    var summary: String {
        let name = label.map { "\($0): " } ?? ""
        let points = "\(values.count) point\(values.count == 1 ? "" : "s")"
        guard let range = FigureNumber.finiteRange(values) else { return "[plot \(name)\(points)]" }
        return "[plot \(name)\(points), min \(FigureNumber.short(range.min)), max \(FigureNumber.short(range.max))]"
    }

    var title: String {
        let subject = label.map { "Line chart of \($0)" } ?? "Line chart"
        guard let range = FigureNumber.finiteRange(values) else { return "\(subject) with no values" }
        return "\(subject) over \(values.count) steps, from \(FigureNumber.short(range.min)) to \(FigureNumber.short(range.max))"
    }

    var svg: String {
        var svg = SVGBuilder()
        let (width, height) = Self.size, m = Self.margin
        guard let range = FigureNumber.finiteRange(values) else {
            svg.text("no values", x: width / 2, y: height / 2, size: 14)
            return svg.document(width: width, height: height, title: title, cssClass: "plot")
        }
        var low = Double(range.min), high = Double(range.max)
        if low == high { let pad = max(abs(low) * 0.1, 1); low -= pad; high += pad }
        let yTicks = NiceTicks(low: low, high: high, targetCount: 5)
        let xTicks = NiceTicks(low: 0, high: Double(max(values.count - 1, 1)), targetCount: 6, integersOnly: true)
        let plotWidth = width - m.left - m.right, plotHeight = height - m.top - m.bottom
        func x(_ index: Double) -> Double { m.left + (index - xTicks.low) / (xTicks.high - xTicks.low) * plotWidth }
        func y(_ value: Double) -> Double { m.top + (yTicks.high - value) / (yTicks.high - yTicks.low) * plotHeight }

        for tick in yTicks.values {
            svg.line(x1: m.left, y1: y(tick), x2: width - m.right, y2: y(tick), width: 1, opacity: 0.15)
            svg.line(x1: m.left - 5, y1: y(tick), x2: m.left, y2: y(tick))
            svg.text(NiceTicks.label(tick, step: yTicks.step), x: m.left - 8, y: y(tick), anchor: .end, size: 11)
        }
        for tick in xTicks.values {
            svg.line(x1: x(tick), y1: height - m.bottom, x2: x(tick), y2: height - m.bottom + 5)
            svg.text(NiceTicks.label(tick, step: xTicks.step), x: x(tick), y: height - m.bottom + 16, size: 11)
        }
        svg.line(x1: m.left, y1: m.top, x2: m.left, y2: height - m.bottom, width: 1.2)
        svg.line(x1: m.left, y1: height - m.bottom, x2: width - m.right, y2: height - m.bottom, width: 1.2)
        svg.text("step", x: m.left + plotWidth / 2, y: height - 8, size: 11, cssClass: "axis-label")

        let stroke = "#2f6fdf"
        var segment: [(x: Double, y: Double)] = []
        func flush() {
            if segment.count == 1 { svg.circle(x: segment[0].x, y: segment[0].y, radius: 3, fill: stroke) }
            if segment.count > 1 { svg.polyline(segment, stroke: stroke) }
            segment.removeAll()
        }
        for (index, value) in Self.thinned(values) {
            if value.isFinite { segment.append((x(Double(index)), y(Double(value)))) } else { flush() }
        }
        flush()
        if let label {
            svg.line(x1: m.left + 10, y1: 14, x2: m.left + 30, y2: 14, stroke: stroke, width: 2)
            svg.text(label, x: m.left + 36, y: 14, anchor: .start, size: 12)
        }
        return svg.document(width: width, height: height, title: title, cssClass: "plot")
    }
}

extension PlotFigure {
    /// Long series keep, per bucket of indices, the first non-finite value (to break the line)
    /// or else their lowest and highest values, so the drawn envelope matches the data while the
    /// SVG stays a few thousand points long.
    static func thinned(_ values: [Float], maximumPoints: Int = 2000) -> [(index: Int, value: Float)] {
        guard values.count > maximumPoints else { return values.enumerated().map { ($0.offset, $0.element) } }
        let buckets = maximumPoints / 2
        var kept: [(index: Int, value: Float)] = []
        for bucket in 0..<buckets {
            let range = (bucket * values.count / buckets)..<((bucket + 1) * values.count / buckets)
            if let gap = range.first(where: { !values[$0].isFinite }) {
                kept.append((gap, values[gap]))
                continue
            }
            guard let low = range.min(by: { values[$0] < values[$1] }),
                  let high = range.max(by: { values[$0] < values[$1] }) else { continue }
            kept += [low, high].sorted().map { ($0, values[$0]) }
        }
        return kept
    }
}

/// Axis ticks at 1, 2 or 5 times a power of ten, covering `low...high`.
struct NiceTicks {
    let low: Double
    let high: Double
    let step: Double
    let values: [Double]

    init(low: Double, high: Double, targetCount: Int, integersOnly: Bool = false) {
        let rawStep = (high - low) / Double(max(targetCount, 1))
        let magnitude = pow(10, (log10(rawStep)).rounded(.down))
        let fraction = rawStep / magnitude
        var step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude
        if integersOnly { step = max(1, step.rounded()) }
        self.step = step
        let first = (low / step).rounded(.down) * step, last = (high / step).rounded(.up) * step
        let count = min(Int(((last - first) / step).rounded()), 100)
        self.low = first
        self.high = last
        self.values = (0...max(count, 0)).map { first + Double($0) * step }
    }

    /// A tick label with just enough decimals for the step (`0.25`, `10`, `1e-04`).
    static func label(_ value: Double, step: Double) -> String {
        if abs(value) < step * 1e-6 { return "0" }
        if step >= 1, abs(value) < 1e7 { return String(Int(value.rounded())) }
        if step < 1e-4 || abs(value) >= 1e7 { return String(format: "%.1e", value) }
        let decimals = max(0, Int((-log10(step)).rounded(.up)))
        return String(format: "%.\(decimals)f", value)
    }
}
