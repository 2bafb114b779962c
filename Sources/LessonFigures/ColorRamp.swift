/// A perceptually ordered colour ramp (dark violet to yellow, after matplotlib's viridis) that
/// reads well on light and dark pages alike.
enum ColorRamp {
    private static let stops: [(r: Double, g: Double, b: Double)] = [
        (68, 1, 84), (59, 82, 139), (33, 145, 140), (94, 201, 98), (253, 231, 37),
    ]

    /// The colour at `t` in 0...1 (clamped) as `#rrggbb`.
    static func color(at t: Double) -> String {
        let rgb = components(at: t)
        return "#" + [rgb.r, rgb.g, rgb.b].map { hex(Int($0.rounded())) }.joined()
    }

    /// Black or white, whichever reads better on `color(at: t)`.
    static func textColor(at t: Double) -> String {
        let rgb = components(at: t)
        let luminance = (0.2126 * rgb.r + 0.7152 * rgb.g + 0.0722 * rgb.b) / 255
        return luminance > 0.5 ? "#111111" : "#ffffff"
    }

    private static func components(at t: Double) -> (r: Double, g: Double, b: Double) {
        let clamped = t.isFinite ? min(max(t, 0), 1) : 0
        let scaled = clamped * Double(stops.count - 1)
        let index = min(Int(scaled), stops.count - 2)
        let fraction = scaled - Double(index)
        let low = stops[index], high = stops[index + 1]
        return (low.r + (high.r - low.r) * fraction,
                low.g + (high.g - low.g) * fraction,
                low.b + (high.b - low.b) * fraction)
    }

    private static func hex(_ value: Int) -> String {
        let digits = Array("0123456789abcdef")
        let clamped = min(max(value, 0), 255)
        return String([digits[clamped / 16], digits[clamped % 16]])
    }
}
