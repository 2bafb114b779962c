/// Finds brackets nested deeper than swift-syntax can safely parse. The parser itself stops at
/// 256 levels, but its lookahead (`[[[[…` is tried as an inline-array type) recurses once per
/// bracket without that limit: 10^5 brackets overflow even the evaluator's 512 MB stack.
/// So sources nested past the limit never reach the parser.
enum NestingGuard {
    static let maxDepth = 256

    /// UTF-8 offset of the first bracket that opens level `maxDepth + 1`, or nil. Brackets in
    /// string literals and comments do not count.
    static func firstTooDeep(in source: String) -> Int? {
        let bytes = Array(source.utf8)
        var depth = 0
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maxDepth { return i }
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
            case UInt8(ascii: "\""):
                i = endOfString(bytes, from: i)
            case UInt8(ascii: "/") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "/"):
                while i < bytes.count && bytes[i] != UInt8(ascii: "\n") { i += 1 }
            case UInt8(ascii: "/") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "*"):
                i += 2
                while i + 1 < bytes.count && !(bytes[i] == UInt8(ascii: "*") && bytes[i + 1] == UInt8(ascii: "/")) { i += 1 }
                i += 1
            default:
                break
            }
            i += 1
        }
        return nil
    }

    /// Index of the closing quote of the string literal opening at `start` (one line; a
    /// backslash escapes the next byte; interpolations' brackets are skipped with the text).
    private static func endOfString(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start + 1
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\n") {
            i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1
        }
        return min(i, bytes.count)
    }
}
