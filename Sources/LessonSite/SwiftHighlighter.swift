import SwiftIDEUtils
import SwiftParser
import SwiftSyntax

/// Server-side syntax highlighting: swift-syntax classifies every token, and each classified
/// range becomes a `<span class="hl-…">`. The page needs no JavaScript for it.
public enum SwiftHighlighter {
    /// The CSS class for a classification, or nil for text that keeps the plain colour.
    static func cssClass(for kind: SyntaxClassification) -> String? {
        switch kind {
        case .keyword: return "hl-keyword"
        case .identifier, .dollarIdentifier: return "hl-identifier"
        case .type: return "hl-type"
        case .stringLiteral: return "hl-string"
        case .integerLiteral, .floatLiteral: return "hl-number"
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: return "hl-comment"
        case .operator: return "hl-operator"
        case .attribute: return "hl-attribute"
        case .argumentLabel: return "hl-label"
        case .ifConfigDirective: return "hl-directive"
        case .regexLiteral: return "hl-regex"
        case .editorPlaceholder: return "hl-placeholder"
        case .none: return nil
        @unknown default: return nil
        }
    }

    /// Escaped HTML for `source` with highlight spans; the text content equals `source`.
    /// Parsing never fails: invalid code still gets classified as far as the parser recovers.
    public static func highlight(_ source: String) -> String {
        if NestingDepth.isTooDeep(source) { return HTML.escape(source) }
        let tree = Parser.parse(source: source)
        let bytes = Array(source.utf8)
        var html = ""
        var cursor = 0
        func emit(_ range: Range<Int>, cssClass: String?) {
            let lower = min(max(range.lowerBound, 0), bytes.count)
            let upper = min(max(range.upperBound, lower), bytes.count)
            guard lower < upper else { return }
            let text = HTML.escape(String(decoding: bytes[lower..<upper], as: UTF8.self))
            if let cssClass { html += "<span class=\"\(cssClass)\">\(text)</span>" } else { html += text }
        }
        for classified in tree.classifications {
            let start = classified.range.lowerBound.utf8Offset, end = classified.range.upperBound.utf8Offset
            guard start >= cursor else { continue }
            emit(cursor..<start, cssClass: nil)
            emit(start..<end, cssClass: cssClass(for: classified.kind))
            cursor = max(cursor, end)
        }
        emit(cursor..<bytes.count, cssClass: nil)
        return html
    }
}
