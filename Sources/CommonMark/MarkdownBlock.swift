/// One block of a parsed Markdown document: what it is, where it is (in characters, for
/// people) and which bytes of the original UTF-8 it spans (for exact rewriting).
public struct MarkdownBlock: Hashable, Sendable {
    public let kind: Kind
    /// Line and character columns, `end` inclusive, as cmark reports them.
    public let range: SourceRange
    /// Bytes of the original text from the block's first character up to the end of its
    /// last line, excluding that line's break.
    public let byteRange: Range<Int>

    public init(kind: Kind, range: SourceRange, byteRange: Range<Int>) {
        self.kind = kind
        self.range = range
        self.byteRange = byteRange
    }

    /// The kinds of CommonMark blocks; containers hold their children.
    public indirect enum Kind: Hashable, Sendable {
        /// `text` is the heading's plain text: inline markup dropped, code spans and math kept.
        case heading(level: Int, text: String)
        case paragraph
        case fencedCode(FencedCode)
        case indentedCode(literal: String)
        case html(literal: String)
        case list(ListInfo, items: [[MarkdownBlock]])
        case blockQuote([MarkdownBlock])
        case thematicBreak
        /// A block type this wrapper does not model (cmark's custom blocks).
        case other(name: String)
    }
}

/// An ordered or bullet list's marker details.
public struct ListInfo: Hashable, Sendable {
    public let ordered: Bool
    /// The first number of an ordered list (1 for bullet lists).
    public let start: Int
    /// A tight list has no blank lines between its items.
    public let tight: Bool

    public init(ordered: Bool, start: Int, tight: Bool) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
    }
}

/// A fenced code block, with the fence details cmark does not expose (read from the source).
public struct FencedCode: Hashable, Sendable {
    /// The whole info string after the opening fence, trimmed (`swift ignore timeout=5s`).
    public let info: String
    /// The literal content as cmark gives it: each line ends with `\n` (line breaks normalized).
    public let literal: String
    /// `` ` `` or `~`.
    public let fenceCharacter: Character
    /// How many fence characters the opening fence has (3 or more).
    public let fenceLength: Int
    /// False when the document ended before a closing fence (cmark closes it silently).
    public let isClosed: Bool
    /// The 1-based line of the opening fence.
    public let openingLine: Int
    /// The 1-based line of the closing fence, or nil when unclosed.
    public let closingLine: Int?
    /// Byte range of the content lines: from the start of the line after the opening fence
    /// to the start of the closing fence line (or the end of the text when unclosed).
    public let contentByteRange: Range<Int>
    /// Byte range of the info string inside the opening fence line (empty when none).
    public let infoByteRange: Range<Int>

    public init(
        info: String, literal: String, fenceCharacter: Character, fenceLength: Int,
        isClosed: Bool, openingLine: Int, closingLine: Int?,
        contentByteRange: Range<Int>, infoByteRange: Range<Int>
    ) {
        self.info = info
        self.literal = literal
        self.fenceCharacter = fenceCharacter
        self.fenceLength = fenceLength
        self.isClosed = isClosed
        self.openingLine = openingLine
        self.closingLine = closingLine
        self.contentByteRange = contentByteRange
        self.infoByteRange = infoByteRange
    }

    /// The first word of the info string (`swift`, `output`), or "" when there is none.
    public var language: String {
        String(info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
    }

    /// The words after the language, in order.
    public var attributeWords: [String] {
        info.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().map(String.init)
    }
}

/// A parsed Markdown document: the original text, its line structure, and its top-level blocks.
public struct MarkdownDocument: Sendable {
    /// The text exactly as given.
    public let source: String
    /// Line starts and ends of `source`, for converting positions.
    public let lines: SourceLines
    /// The top-level blocks in order; containers hold their children.
    public let blocks: [MarkdownBlock]

    /// Parses `source` with cmark. The first `skippingLines` lines are shown to cmark as blank
    /// lines (used for a YAML front matter header) so that all positions still refer to `source`.
    public init(parsing source: String, skippingLines: Int = 0) {
        self.source = source
        let lines = SourceLines(source)
        self.lines = lines
        self.blocks = CommonMarkConverter.convert(lines: lines, skippingLines: skippingLines)
    }

    /// The source text of a byte range (invalid UTF-8 is repaired).
    public func text(ofBytes range: Range<Int>) -> String {
        let clamped = max(0, range.lowerBound)..<min(lines.bytes.count, max(range.upperBound, range.lowerBound))
        return String(decoding: lines.bytes[clamped], as: UTF8.self)
    }
}
