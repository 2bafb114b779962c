import Foundation

/// A rectangular view of possibly ragged `[[Float]]` input: short rows read as missing (NaN),
/// so a malformed grid still draws instead of trapping.
struct Grid {
    let rows: Int
    let cols: Int
    private let values: [[Float]]

    init(_ values: [[Float]]) {
        self.values = values
        self.rows = values.count
        self.cols = values.map(\.count).max() ?? 0
    }

    var isEmpty: Bool { rows == 0 || cols == 0 }
    var shape: String { "\(rows)x\(cols)" }

    subscript(row: Int, col: Int) -> Float {
        guard row >= 0, row < rows, col >= 0, col < values[row].count else { return .nan }
        return values[row][col]
    }

    func contains(_ position: GridPosition) -> Bool {
        position.row >= 0 && position.row < rows && position.col >= 0 && position.col < cols
    }

    /// The smallest and largest finite entries, or nil when there are none.
    var finiteRange: (min: Float, max: Float)? {
        FigureNumber.finiteRange(values.lazy.flatMap { $0 })
    }
}

/// Number formatting shared by summaries and cell labels, so both always agree.
enum FigureNumber {
    /// Integers print without a decimal point (`19`), other values with three significant
    /// digits (`0.333`, `1.23e+04`); `-0` prints as `0`.
    static func short(_ value: Float) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e6 { return String(Int(value)) }
        var text = String(format: "%.3g", Double(value))
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    static func finiteRange<S: Sequence>(_ values: S) -> (min: Float, max: Float)? where S.Element == Float {
        var low = Float.infinity, high = -Float.infinity
        for value in values where value.isFinite {
            low = Swift.min(low, value)
            high = Swift.max(high, value)
        }
        return low <= high ? (low, high) : nil
    }
}
