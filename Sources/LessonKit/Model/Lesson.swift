@_exported import CommonMark

/// A parsed lesson: its header, its blocks in file order, and what was wrong with it.
/// Build one with `Lesson.parse(text:file:)` or `Lesson.parse(data:file:)`; parsing never fails,
/// problems become `diagnostics`.
public struct Lesson: Sendable {
    /// The file name used in diagnostics.
    public let file: String
    /// The text exactly as read (a byte-order mark stays; invalid UTF-8 is already repaired).
    public let source: String
    /// The YAML header (defaults when the file has none).
    public let frontMatter: LessonFrontMatter
    /// Prose, code cells, output blocks and other fences, in file order.
    public let blocks: [LessonBlock]
    /// The code cells in order; `cells[i].index == i`.
    public let cells: [CodeCell]
    /// Every problem found, sorted by position; errors and warnings.
    public let diagnostics: [LessonDiagnostic]
    /// `"\r\n"` for CRLF files, else `"\n"`; new lines written by the updater use it.
    public let lineEnding: String

    public init(file: String, source: String, frontMatter: LessonFrontMatter, blocks: [LessonBlock],
                diagnostics: [LessonDiagnostic], lineEnding: String) {
        self.file = file
        self.source = source
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.cells = blocks.compactMap { if case .cell(let cell) = $0 { return cell } else { return nil } }
        self.diagnostics = diagnostics
        self.lineEnding = lineEnding
    }

    /// The front matter's title, else the text of the first top-level heading.
    public var title: String? {
        if let title = frontMatter.title { return title }
        for case .prose(let prose) in blocks {
            for block in MarkdownDocument(parsing: prose.markdown).blocks {
                if case .heading(_, let text) = block.kind { return text }
            }
        }
        return nil
    }

    /// True when a diagnostic is an error (warnings do not count).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// One top-level piece of a lesson.
public enum LessonBlock: Hashable, Sendable {
    /// Consecutive Markdown blocks that are not fences.
    case prose(Prose)
    /// A ```` ```swift ```` fence.
    case cell(CodeCell)
    /// A ```` ```output ```` fence; `cellIndex` is nil for one that follows no cell.
    case output(ExpectedOutput, cellIndex: Int?)
    /// Any other fence (python, text...), left alone.
    case fence(OtherFence)
}

/// A run of prose: the Markdown source slice, to be rendered with `renderHTML(markdown:)`.
public struct Prose: Hashable, Sendable {
    public let markdown: String
    public let range: SourceRange
    public let byteRange: Range<Int>
}

/// A ```` ```swift ```` fence: code run in order with the lesson's shared state.
public struct CodeCell: Hashable, Sendable {
    /// Position among the lesson's cells, from 0.
    public let index: Int
    /// The code, lines ending in `\n`.
    public let source: String
    /// The attributes after `swift`, parsed (unknown ones are diagnostics, not here).
    public let attributes: CellAttributes
    /// From the opening fence to the closing fence.
    public let range: SourceRange
    /// File line of the first code line: add it to a 1-based line inside `source`, minus 1.
    public let firstCodeLine: Int
    /// The output block right after the cell, if any.
    public let expected: ExpectedOutput?
    /// Fence details (character, length, byte ranges) for exact rewriting.
    public let fence: FencedCode
    /// Bytes from the opening fence to the end of the closing fence line.
    public let byteRange: Range<Int>
}

/// A ```` ```output ```` fence: the output a cell is expected to produce.
public struct ExpectedOutput: Hashable, Sendable {
    /// The content, lines ending in `\n` (CRLF read as `\n`).
    public let text: String
    /// How to compare: the fence's attributes, tolerances defaulted from the front matter.
    public let options: OutputOptions
    /// The whole fence, opening to closing line.
    public let range: SourceRange
    /// Bytes of the content lines, from the line after the opening fence to the closing
    /// fence line's start: replacing them rewrites the output and nothing else.
    public let contentByteRange: Range<Int>
    /// File line of the first content line (line 1 of a diff is this line).
    public let firstContentLine: Int
    /// Fence details (character, length, lines) for exact rewriting.
    public let fence: FencedCode
}

/// A fence that is neither a cell nor an output: shown as written, never run.
public struct OtherFence: Hashable, Sendable {
    public let language: String
    public let info: String
    public let literal: String
    public let range: SourceRange
    public let byteRange: Range<Int>
}
