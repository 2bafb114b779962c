/// swift-syntax 603's lookahead for inline-array types recurses once per open bracket without
/// a limit (thousands of brackets overflow the stack) and branches twice at every nested `[`
/// (20 levels take half a minute). Code nested like that is shown escaped but uncoloured.
enum NestingDepth {
    static let highlightLimit = 256
    static let squareLimit = 12

    /// True when brackets anywhere in `source` (strings included, to stay simple and safe)
    /// nest deeper than `highlightLimit`, or square brackets deeper than `squareLimit`.
    static func isTooDeep(_ source: String) -> Bool {
        var depth = 0, square = 0
        for byte in source.utf8 {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if byte == UInt8(ascii: "[") { square += 1 }
                if depth > highlightLimit || square > squareLimit { return true }
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                if byte == UInt8(ascii: "]") { square = max(0, square - 1) }
                depth = max(0, depth - 1)
            default:
                break
            }
        }
        return false
    }
}
