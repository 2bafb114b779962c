import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place that calls libcmark: it parses, copies the C tree into Swift values at once,
/// and frees it. Everything else in the project sees only `MarkdownDocument`.
enum CommonMarkConverter {
    /// Parses the text of `lines` and returns its top-level blocks.
    static func convert(lines: SourceLines, skippingLines: Int) -> [MarkdownBlock] {
        let input = cmarkInput(lines: lines, skippingLines: skippingLines)
        let root: OpaquePointer? = input.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_SOURCEPOS)
            }
        }
        guard let root else { return [] }
        defer { cmark_node_free(root) }
        return children(of: root, lines: lines, depth: 0)
    }

    /// How deep block quotes and lists are copied into Swift values. cmark nests without limit
    /// (`>>>>…` 10^5 times is valid Markdown) and copying recurses, so deeper containers are kept
    /// empty: their text is still in the source, and cmark renders it, but the Swift stack
    /// (512 KB on `--jobs` workers) never overflows. Cells only count at the top level anyway.
    static let maxContainerDepth = 64

    /// Renders Markdown to HTML; without `unsafe`, raw HTML and dangerous URLs are omitted.
    static func html(markdown: String, unsafe: Bool) -> String {
        let options = unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        let bytes = Array(markdown.utf8)
        let rendered: UnsafeMutablePointer<CChar>? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_markdown_to_html(chars.baseAddress, chars.count, options)
            }
        }
        guard let rendered else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// The bytes cmark sees: no byte-order mark (so line 1's columns match `SourceLines`) and
    /// the skipped lines emptied (their line breaks kept, so line numbers do not move).
    private static func cmarkInput(lines: SourceLines, skippingLines: Int) -> [UInt8] {
        let skipped = min(max(skippingLines, 0), lines.count)
        let resumeAt = skipped == 0 ? lines.lineStarts[0] : lines.byteOffsetAfterLine(skipped)
        var input: [UInt8] = []
        input.reserveCapacity(lines.bytes.count)
        for line in 0..<skipped {
            input.append(contentsOf: lines.bytes[lines.lineEnds[line]..<lines.byteOffsetAfterLine(line + 1)])
        }
        input.append(contentsOf: lines.bytes[min(resumeAt, lines.bytes.count)...])
        return input
    }

    private static func children(of node: OpaquePointer, lines: SourceLines, depth: Int) -> [MarkdownBlock] {
        guard depth <= maxContainerDepth else { return [] }
        var blocks: [MarkdownBlock] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            if let block = block(from: current, lines: lines, depth: depth) { blocks.append(block) }
            child = cmark_node_next(current)
        }
        return blocks
    }

    private static func block(from node: OpaquePointer, lines: SourceLines, depth: Int) -> MarkdownBlock? {
        let startLine = Int(cmark_node_get_start_line(node))
        let startColumn = Int(cmark_node_get_start_column(node))
        var endLine = Int(cmark_node_get_end_line(node))
        var endColumn = Int(cmark_node_get_end_column(node))
        if endLine < startLine { endLine = startLine; endColumn = startColumn }
        let startByte = lines.byteOffset(line: startLine, byteColumn: startColumn)
        let endLineEnd = endLine <= lines.count ? lines.lineEnds[endLine - 1] : lines.bytes.count
        let range = SourceRange(
            start: lines.position(line: startLine, byteColumn: startColumn),
            end: endPosition(line: endLine, byteColumn: endColumn, lines: lines)
        )
        let byteRange = startByte..<max(startByte, endLineEnd)
        let kind: MarkdownBlock.Kind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            kind = .heading(level: Int(cmark_node_get_heading_level(node)), text: plainText(of: node))
        case CMARK_NODE_PARAGRAPH:
            kind = .paragraph
        case CMARK_NODE_THEMATIC_BREAK:
            kind = .thematicBreak
        case CMARK_NODE_HTML_BLOCK:
            kind = .html(literal: string(cmark_node_get_literal(node)))
        case CMARK_NODE_BLOCK_QUOTE:
            kind = .blockQuote(children(of: node, lines: lines, depth: depth + 1))
        case CMARK_NODE_LIST:
            let info = ListInfo(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? Int(cmark_node_get_list_start(node)) : 1,
                tight: cmark_node_get_list_tight(node) != 0
            )
            var items: [[MarkdownBlock]] = []
            var item = cmark_node_first_child(node)
            while let current = item {
                items.append(children(of: current, lines: lines, depth: depth + 1))
                item = cmark_node_next(current)
            }
            kind = .list(info, items: items)
        case CMARK_NODE_CODE_BLOCK:
            let literal = string(cmark_node_get_literal(node))
            let info = string(cmark_node_get_fence_info(node))
            if let fence = FenceReader.read(
                lines: lines, openingLine: startLine, startByte: startByte, endLine: endLine,
                info: info, literal: literal
            ) {
                kind = .fencedCode(fence)
            } else {
                kind = .indentedCode(literal: literal)
            }
        default:
            kind = .other(name: string(cmark_node_get_type_string(node)))
        }
        return MarkdownBlock(kind: kind, range: range, byteRange: byteRange)
    }

    /// cmark's end column points at the last byte of the block; report the character holding it.
    private static func endPosition(line: Int, byteColumn: Int, lines: SourceLines) -> SourcePosition {
        guard line >= 1, line <= lines.count, byteColumn >= 1 else {
            return SourcePosition(line: max(line, 1), column: max(byteColumn, 1))
        }
        var offset = lines.byteOffset(line: line, byteColumn: byteColumn)
        let lineStart = lines.lineStarts[line - 1]
        while offset > lineStart, offset < lines.bytes.count, lines.bytes[offset] & 0xC0 == 0x80 {
            offset -= 1
        }
        return lines.position(ofByte: offset)
    }

    /// The text of a node's inlines, without markup: text, code and line breaks (as spaces).
    private static func plainText(of node: OpaquePointer, depth: Int = 0) -> String {
        // Emphasis and links nest as deep as the input does; past the container limit, drop them.
        guard depth <= maxContainerDepth else { return "" }
        var text = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += string(cmark_node_get_literal(current))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            case CMARK_NODE_HTML_INLINE: break
            default: text += plainText(of: current, depth: depth + 1)
            }
            child = cmark_node_next(current)
        }
        return text
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
