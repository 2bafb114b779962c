import Foundation

/// Accumulates SVG markup; every attribute value and text node goes through `HTML.escape`.
/// Coordinates are written with at most two decimals so the markup is deterministic.
struct SVGBuilder {
    private(set) var body = ""

    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                       fillOpacity: Double? = nil, stroke: String? = nil, strokeWidth: Double = 1,
                       cssClass: String? = nil) {
        var attributes = "x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" fill=\"\(HTML.escape(fill))\""
        if let fillOpacity { attributes += " fill-opacity=\"\(Self.number(fillOpacity))\"" }
        if let stroke {
            attributes += " stroke=\"\(HTML.escape(stroke))\" stroke-width=\"\(Self.number(strokeWidth))\""
        }
        if let cssClass { attributes += " class=\"\(HTML.escape(cssClass))\"" }
        body += "<rect \(attributes)/>"
    }

    enum Anchor: String { case start, middle, end }

    /// A font size at most `preferred` that lets `label` fit across a cell of width `cell`
    /// (digits are about 0.6 em wide).
    static func fittingFontSize(for label: String, cell: Double, preferred: Double) -> Double {
        let fitting = (cell - 6) / (0.62 * Double(max(label.count, 1)))
        return max(6, min(preferred, fitting)).rounded()
    }

    mutating func text(_ content: String, x: Double, y: Double, anchor: Anchor = .middle,
                       size: Double = 13, fill: String = "currentColor", weight: String? = nil,
                       cssClass: String? = nil) {
        var attributes = "x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" text-anchor=\"\(anchor.rawValue)\" dominant-baseline=\"central\" font-size=\"\(Self.number(size))\" fill=\"\(HTML.escape(fill))\""
        if let weight { attributes += " font-weight=\"\(HTML.escape(weight))\"" }
        if let cssClass { attributes += " class=\"\(HTML.escape(cssClass))\"" }
        body += "<text \(attributes)>\(HTML.escape(content))</text>"
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double,
                       stroke: String = "currentColor", width: Double = 1, opacity: Double? = nil) {
        var attributes = "x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" stroke=\"\(HTML.escape(stroke))\" stroke-width=\"\(Self.number(width))\""
        if let opacity { attributes += " stroke-opacity=\"\(Self.number(opacity))\"" }
        body += "<line \(attributes)/>"
    }

    mutating func polyline(_ points: [(x: Double, y: Double)], stroke: String, width: Double = 2) {
        let list = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
        body += "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(HTML.escape(stroke))\" stroke-width=\"\(Self.number(width))\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>"
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: String) {
        body += "<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\" fill=\"\(HTML.escape(fill))\"/>"
    }

    /// Wraps the body in an `<svg>` root with a `<title>` and an `aria-label`, so screen readers
    /// announce the figure as one image with a description.
    func document(width: Double, height: Double, title: String, cssClass: String) -> String {
        let escapedTitle = HTML.escape(title)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"figure \(HTML.escape(cssClass))\" role=\"img\" aria-label=\"\(escapedTitle)\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" font-family=\"ui-sans-serif, system-ui, sans-serif\"><title>\(escapedTitle)</title>\(body)</svg>"
    }
}
