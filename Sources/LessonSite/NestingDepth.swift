/// swift-syntax's parser lookahead recurses once per open bracket without a limit, so code
/// nested thousands of brackets deep overflows the stack while being highlighted. Such code is
/// shown escaped but uncoloured instead.
enum NestingDepth {
    static let highlightLimit = 256

    /// True when brackets anywhere in `source` (strings included, to stay simple and safe)
    /// nest deeper than `highlightLimit`.
    static func isTooDeep(_ source: String) -> Bool {
        var depth = 0
        for byte in source.utf8 {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > highlightLimit { return true }
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
            default:
                break
            }
        }
        return false
    }
}
