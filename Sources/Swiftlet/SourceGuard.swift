/// Finds what swift-syntax 603 cannot parse safely, so such sources never reach the parser
/// (found by fuzzing; a parse is not stopped by the cell's time limit, and a trap in it ends
/// the whole process):
/// - its lookahead for inline-array types (`[3 of Int]`) tries two ways at every `[` inside a
///   `[`, so nested square brackets take exponential time: 20 levels of `[[[…1]]]` parse for
///   half a minute, 90 for ever;
/// - that lookahead also ignores the parser's own nesting limit, so 10^5 brackets overflow even
///   the evaluator's 512 MB stack (the general bracket depth is `findExcessiveNesting`'s job,
///   run just before this; here only square brackets are counted);
/// - an invalid character right before an operator (`let a \u{1}= 1`, or U+FFFD from a file
///   that is not UTF-8) makes the diagnostics generator build an empty Fix-It, which traps.
enum SourceGuard {
    /// Square brackets: a 4-D tensor literal needs 4; 12 parse in well under a second.
    static let maxSquareDepth = 12

    /// UTF-8 offset of the first problem, with the message, or nil. String literals and
    /// comments are skipped (brackets and characters there are text).
    static func firstProblem(in source: String) -> (offset: Int, message: String)? {
        let scalars = Array(source.unicodeScalars)
        var squareDepth = 0
        var offset = 0
        var i = 0
        func advance() { offset += UTF8.width(scalars[i]); i += 1 }
        func at(_ k: Int, _ c: Unicode.Scalar) -> Bool { k < scalars.count && scalars[k] == c }
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "[":
                squareDepth += 1
                if squareDepth > maxSquareDepth {
                    return (offset, "square brackets nested more than \(maxSquareDepth) levels deep are not supported")
                }
            case "]":
                squareDepth = max(0, squareDepth - 1)
            case "\"":
                // To the closing quote on this line; a backslash escapes the next character.
                advance()
                while i < scalars.count, scalars[i] != "\"", scalars[i] != "\n" {
                    if scalars[i] == "\\" && i + 1 < scalars.count { advance() }
                    advance()
                }
            case "/" where at(i + 1, "/"):
                while i < scalars.count, scalars[i] != "\n" { advance() }
                continue
            case "/" where at(i + 1, "*"):
                advance(); advance()
                while i < scalars.count, !(scalars[i] == "*" && at(i + 1, "/")) { advance() }
                if i < scalars.count { advance() }
            default:
                if isInvalid(c) {
                    return (offset, "invalid character U+\(String(c.value, radix: 16, uppercase: true)) in code"
                        + (c == "\u{FFFD}" ? " (the file is probably not UTF-8)" : ""))
                }
            }
            if i < scalars.count { advance() }
        }
        return nil
    }

    /// Control characters other than tab and line breaks, the replacement character, and the
    /// Unicode line separators: Swift rejects them in code anyway.
    static func isInvalid(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFD, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
