/// Rejects absurdly deep bracket nesting before swift-syntax sees it: the parser does stop at
/// its nesting limit, but recovering from 10^5 open brackets takes it minutes.
/// Brackets inside string literals and comments are ignored.
func findExcessiveNesting(_ source: String, limit: Int) -> Int? {
    let b = Array(source.utf8)
    var i = 0, depth = 0
    while i < b.count {
        let c = b[i]
        if c == UInt8(ascii: "/") && i + 1 < b.count && b[i + 1] == UInt8(ascii: "/") {
            while i < b.count && b[i] != 10 { i += 1 }
            continue
        }
        if c == UInt8(ascii: "/") && i + 1 < b.count && b[i + 1] == UInt8(ascii: "*") {
            i += 2
            while i + 1 < b.count && !(b[i] == UInt8(ascii: "*") && b[i + 1] == UInt8(ascii: "/")) { i += 1 }
            i += 2
            continue
        }
        if c == UInt8(ascii: "\"") {
            // skip a string literal; interpolations may nest brackets but rarely deeply
            let triple = i + 2 < b.count && b[i + 1] == c && b[i + 2] == c
            i += triple ? 3 : 1
            while i < b.count {
                if b[i] == UInt8(ascii: "\\") { i += 2; continue }
                if triple {
                    if b[i] == c && i + 2 < b.count && b[i + 1] == c && b[i + 2] == c { i += 3; break }
                } else if b[i] == c || b[i] == 10 { i += 1; break }
                i += 1
            }
            continue
        }
        if c == UInt8(ascii: "(") || c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
            depth += 1
            if depth > limit { return i }
        } else if c == UInt8(ascii: ")") || c == UInt8(ascii: "]") || c == UInt8(ascii: "}") {
            depth = max(0, depth - 1)
        }
        i += 1
    }
    return nil
}
