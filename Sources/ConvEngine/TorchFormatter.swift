import Foundation

/// Reproduces torch's `repr(tensor)` for float32 with default print options
/// (precision 4, threshold 1000, edgeitems 3, linewidth 80).
struct TorchFormatter {
    static let precision = 4, threshold = 1000, edgeItems = 3, lineWidth = 80

    private var intMode = true
    private var sciMode = false
    private var maxWidth = 1

    /// Chooses integer, fixed or scientific notation and the column width from `values`
    /// (the summarised values when the tensor is summarised), as torch's _Formatter does.
    init(values: [Float]) {
        let finite = values.filter { $0.isFinite && $0 != 0 }
        guard !finite.isEmpty else { return }
        let absolute = finite.map { Swift.abs(Double($0)) }
        let lo = absolute.min()!, hi = absolute.max()!
        intMode = finite.allSatisfy { $0 == $0.rounded(.up) }
        if intMode {
            if hi / lo > 1000 || hi > 1e8 {
                sciMode = true
                maxWidth = finite.map { Self.scientific(Double($0)).count }.max()!
            } else {
                maxWidth = Swift.max(1, finite.map { Self.fixed(Double($0), 0).count + 1 }.max()!)
            }
        } else if hi / lo > 1000 || hi > 1e8 || lo < 1e-4 {
            sciMode = true
            maxWidth = finite.map { Self.scientific(Double($0)).count }.max()!
        } else {
            maxWidth = Swift.max(1, finite.map { Self.fixed(Double($0), Self.precision).count }.max()!)
        }
    }

    var width: Int { maxWidth }

    static func nonFinite(_ v: Double) -> String? {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v < 0 ? "-inf" : "inf" }
        return nil
    }

    static func fixed(_ v: Double, _ digits: Int) -> String {
        nonFinite(v) ?? String(format: "%.\(digits)f", v)
    }

    static func scientific(_ v: Double) -> String {
        nonFinite(v) ?? String(format: "%.\(precision)e", v)
    }

    func format(_ value: Float) -> String {
        let v = Double(value)
        var s: String
        if sciMode {
            s = Self.scientific(v)
        } else if intMode {
            s = Self.fixed(v, 0)
            if v.isFinite { s += "." }
        } else {
            s = Self.fixed(v, Self.precision)
        }
        return s.count < maxWidth ? String(repeating: " ", count: maxWidth - s.count) + s : s
    }
}

/// A read-only view of a region of values used while printing.
private struct PrintView {
    let values: [Float]
    let offset: Int
    let shape: ArraySlice<Int>
    let strides: ArraySlice<Int>

    func sub(_ i: Int) -> PrintView {
        PrintView(values: values, offset: offset + i * strides.first!, shape: shape.dropFirst(), strides: strides.dropFirst())
    }

    /// The edge items torch keeps when summarising (recursively along every axis).
    func summarized(_ summarize: Bool) -> [Float] {
        guard let n = shape.first else { return [values[offset]] }
        let e = TorchFormatter.edgeItems
        let rows = summarize && n > 2 * e ? Array(0..<e) + Array(n - e..<n) : Array(0..<n)
        if shape.count == 1 { return rows.map { values[offset + $0 * strides.first!] } }
        return rows.flatMap { sub($0).summarized(summarize) }
    }
}

extension Tensor: CustomStringConvertible {
    /// Exactly what `repr(t)` prints in PyTorch.
    public var description: String {
        let body = Tensor.reprBody(storage.values, shape, gradFn: gradFnName,
                                   requiresGrad: node?.isLeaf == true)
        return isParameter ? "Parameter containing:\n" + body : body
    }

    static func reprBody(_ values: [Float], _ shape: [Int], gradFn: String?, requiresGrad: Bool) -> String {
        let prefix = "tensor(", indent = prefix.count
        var suffixes: [String] = []
        var body: String
        if values.isEmpty {
            if shape.count != 1 { suffixes.append("size=(" + shape.map(String.init).joined(separator: ", ") + ")") }
            body = "[]"
        } else {
            let view = PrintView(values: values, offset: 0, shape: shape[...], strides: strides(of: shape)[...])
            let summarize = values.count > TorchFormatter.threshold
            let formatter = TorchFormatter(values: summarize ? view.summarized(true) : values)
            body = render(view, indent: indent, summarize: summarize, formatter)
        }
        if let gradFn { suffixes.append("grad_fn=<\(gradFn)>") } else if requiresGrad { suffixes.append("requires_grad=True") }
        return addSuffixes(prefix + body, suffixes, indent: indent)
    }

    private static func render(_ v: PrintView, indent: Int, summarize: Bool, _ f: TorchFormatter) -> String {
        let e = TorchFormatter.edgeItems
        guard let n = v.shape.first else { return f.format(v.values[v.offset]) }
        if v.shape.count == 1 {
            let perLine = Swift.max(1, (TorchFormatter.lineWidth - indent) / (f.width + 2))
            let stride = v.strides.first!
            let item = { (i: Int) in f.format(v.values[v.offset + i * stride]) }
            let items = summarize && n > 2 * e
                ? (0..<e).map(item) + [" ..."] + (n - e..<n).map(item)
                : (0..<n).map(item)
            let lines = Swift.stride(from: 0, to: items.count, by: perLine).map {
                items[$0..<Swift.min(items.count, $0 + perLine)].joined(separator: ", ")
            }
            return "[" + lines.joined(separator: ",\n" + String(repeating: " ", count: indent + 1)) + "]"
        }
        let slice = { (i: Int) in render(v.sub(i), indent: indent + 1, summarize: summarize, f) }
        let parts = summarize && n > 2 * e
            ? (0..<e).map(slice) + ["..."] + (n - e..<n).map(slice)
            : (0..<n).map(slice)
        let separator = "," + String(repeating: "\n", count: v.shape.count - 1) + String(repeating: " ", count: indent + 1)
        return "[" + parts.joined(separator: separator) + "]"
    }

    private static func addSuffixes(_ text: String, _ suffixes: [String], indent: Int) -> String {
        var out = text
        let chars = Array(text.utf8)
        let lastNewline = chars.lastIndex(of: UInt8(ascii: "\n")) ?? -1
        var lastLineLength = chars.count - lastNewline + 1
        for suffix in suffixes {
            if lastLineLength + suffix.count + 2 > TorchFormatter.lineWidth {
                out += ",\n" + String(repeating: " ", count: indent) + suffix
                lastLineLength = indent + suffix.count
            } else {
                out += ", " + suffix
                lastLineLength += suffix.count + 2
            }
        }
        return out + ")"
    }
}
