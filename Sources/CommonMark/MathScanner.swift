/// A TeX span found in Markdown prose: `$…$` (inline) or `$$…$$` (display).
struct MathSpan: Equatable {
    /// Bytes of the whole span, delimiters included.
    let byteRange: Range<Int>
    /// The TeX between the delimiters, untouched.
    let tex: String
    let isDisplay: Bool
}

/// Finds `$…$` and `$$…$$` in Markdown before cmark sees it, so the TeX can be taken out and
/// restored verbatim (cmark would read `*`, `_`, `\\`, `[..](..)` inside it as Markdown).
///
/// Rules (those of Pandoc's `tex_math_dollars`): an inline opener is followed by a non-space,
/// its closer is preceded by a non-space and not followed by a digit; `\$` is a literal dollar;
/// neither kind crosses a blank line. Code spans and code blocks are skipped, and a code span
/// inside a candidate is skipped too (its dollars are code); so are link targets (URLs, titles).
enum MathScanner {
    static func spans(in markdown: String) -> [MathSpan] {
        let bytes = Array(markdown.utf8)
        let skipped = codeBlockRanges(in: MarkdownDocument(parsing: markdown).blocks)
            .sorted { $0.lowerBound < $1.lowerBound }
        var nextSkipped = 0
        var spans: [MathSpan] = []
        var index = 0
        while index < bytes.count {
            while nextSkipped < skipped.count, skipped[nextSkipped].upperBound <= index { nextSkipped += 1 }
            if nextSkipped < skipped.count, skipped[nextSkipped].contains(index) {
                index = skipped[nextSkipped].upperBound
                continue
            }
            if let end = endOfLinkTarget(bytes, at: index) {
                index = end
                continue
            }
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                index += 2
            case UInt8(ascii: "`"):
                index = endOfCodeSpan(bytes, at: index)
            case UInt8(ascii: "$"):
                if let span = mathSpan(bytes, at: index) {
                    spans.append(span)
                    index = span.byteRange.upperBound
                } else {
                    index += 1
                }
            default:
                index += 1
            }
        }
        return spans
    }

    /// Code blocks and HTML blocks at any depth: dollars there are not math.
    private static func codeBlockRanges(in blocks: [MarkdownBlock]) -> [Range<Int>] {
        blocks.flatMap { block -> [Range<Int>] in
            switch block.kind {
            case .fencedCode, .indentedCode, .html: return [block.byteRange]
            case .blockQuote(let children): return codeBlockRanges(in: children)
            case .list(_, let items): return items.flatMap { codeBlockRanges(in: $0) }
            default: return []
            }
        }
    }

    /// Where a link's target ends, when one starts at `index`: an inline link's `](url "title")`,
    /// an autolink `<scheme:...>`, or a reference definition's `[label]: url` line. Dollars
    /// there are part of a URL or title, never math (a placeholder would end up in the URL).
    private static func endOfLinkTarget(_ bytes: [UInt8], at index: Int) -> Int? {
        let byte = bytes[index]
        if byte == UInt8(ascii: "]"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "(") {
            var depth = 0, end = index + 1
            while end < bytes.count, !isBlankLineStart(bytes, at: end) {
                if bytes[end] == UInt8(ascii: "\\") { end += 2; continue }
                if bytes[end] == UInt8(ascii: "(") { depth += 1 }
                if bytes[end] == UInt8(ascii: ")") { depth -= 1; if depth == 0 { return end + 1 } }
                end += 1
            }
            return nil
        }
        if byte == UInt8(ascii: "<") {
            // `<scheme:...>` with a scheme of 2 to 32 letters, digits, `+`, `.` or `-`, and no spaces.
            var end = index + 1
            while end < bytes.count, isSchemeByte(bytes[end]) { end += 1 }
            guard end - index - 1 >= 2, end - index - 1 <= 32, end < bytes.count, bytes[end] == UInt8(ascii: ":") else { return nil }
            while end < bytes.count, bytes[end] != UInt8(ascii: ">"), !isSpace(bytes[end]), bytes[end] != UInt8(ascii: "<") { end += 1 }
            return end < bytes.count && bytes[end] == UInt8(ascii: ">") ? end + 1 : nil
        }
        if byte == UInt8(ascii: "["), isLineStart(bytes, at: index) {
            // `[label]: destination ...` up to the end of the line.
            var end = index + 1
            while end < bytes.count, bytes[end] != UInt8(ascii: "]"), bytes[end] != UInt8(ascii: "\n") { end += 1 }
            guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: "]"), bytes[end + 1] == UInt8(ascii: ":") else { return nil }
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            return end
        }
        return nil
    }

    /// True when only up to three spaces come before `index` on its line.
    private static func isLineStart(_ bytes: [UInt8], at index: Int) -> Bool {
        var before = index, spaces = 0
        while before > 0, bytes[before - 1] == UInt8(ascii: " ") { before -= 1; spaces += 1 }
        return spaces <= 3 && (before == 0 || bytes[before - 1] == UInt8(ascii: "\n"))
    }

    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    /// A code span opened by a run of N backticks ends at the next run of exactly N;
    /// without one, the run is literal text.
    private static func endOfCodeSpan(_ bytes: [UInt8], at start: Int) -> Int {
        let length = runLength(bytes, at: start, of: UInt8(ascii: "`"))
        var index = start + length
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "`") {
                let run = runLength(bytes, at: index, of: UInt8(ascii: "`"))
                if run == length { return index + run }
                index += run
            } else if isBlankLineStart(bytes, at: index) {
                break
            } else {
                index += 1
            }
        }
        return start + length
    }

    private static func mathSpan(_ bytes: [UInt8], at start: Int) -> MathSpan? {
        let dollar = UInt8(ascii: "$")
        let isDisplay = start + 1 < bytes.count && bytes[start + 1] == dollar
        let delimiter = isDisplay ? 2 : 1
        let contentStart = start + delimiter
        guard contentStart < bytes.count else { return nil }
        if !isDisplay && isSpace(bytes[contentStart]) { return nil }
        var index = contentStart
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") { index += 2; continue }
            if isBlankLineStart(bytes, at: index) { return nil }
            // A code span inside is code: its dollars cannot close the math.
            if byte == UInt8(ascii: "`") { index = max(index + 1, endOfCodeSpan(bytes, at: index)); continue }
            if byte == dollar {
                if isDisplay {
                    guard index + 1 < bytes.count, bytes[index + 1] == dollar else { index += 1; continue }
                    guard index > contentStart else { return nil }
                    return MathSpan(byteRange: start..<index + 2, tex: text(bytes, contentStart..<index), isDisplay: true)
                }
                let after = index + 1 < bytes.count ? bytes[index + 1] : UInt8(ascii: " ")
                if index > contentStart, !isSpace(bytes[index - 1]), !isDigit(after) {
                    return MathSpan(byteRange: start..<index + 1, tex: text(bytes, contentStart..<index), isDisplay: false)
                }
            }
            index += 1
        }
        return nil
    }

    /// True at a line break followed by a line holding only spaces (a paragraph ends there).
    private static func isBlankLineStart(_ bytes: [UInt8], at index: Int) -> Bool {
        guard bytes[index] == UInt8(ascii: "\n") else { return false }
        var next = index + 1
        while next < bytes.count, bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "\t")
            || bytes[next] == UInt8(ascii: "\r") { next += 1 }
        return next >= bytes.count || bytes[next] == UInt8(ascii: "\n")
    }

    private static func runLength(_ bytes: [UInt8], at start: Int, of byte: UInt8) -> Int {
        var end = start
        while end < bytes.count, bytes[end] == byte { end += 1 }
        return end - start
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
