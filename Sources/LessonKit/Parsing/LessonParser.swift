import CommonMark
import Foundation

extension Lesson {
    /// Parses a lesson from a file's bytes; invalid UTF-8 is repaired and reported.
    public static func parse(data: Data, file: String) -> Lesson {
        let decoded = SourceDecoding.decode([UInt8](data))
        var extra: [LessonDiagnostic] = []
        if let place = decoded.firstInvalid {
            extra.append(LessonDiagnostic(
                file: file, line: place.line, column: place.column,
                message: "the file is not valid UTF-8 (bad bytes were read as U+FFFD); save it as UTF-8",
                kind: .invalidUTF8))
        }
        return LessonParser(file: file, text: decoded.text, leadingDiagnostics: extra).parse()
    }

    /// Parses a lesson from its text. `file` names it in diagnostics.
    public static func parse(text: String, file: String) -> Lesson {
        LessonParser(file: file, text: text, leadingDiagnostics: []).parse()
    }
}

/// Walks cmark's top-level blocks and sorts them into prose, cells, outputs and other fences.
/// Fences nested in lists or quotes stay prose: only top-level cells run.
struct LessonParser {
    let file: String
    let text: String
    let leadingDiagnostics: [LessonDiagnostic]

    func parse() -> Lesson {
        let lines = SourceLines(text)
        let header = FrontMatterParser.parse(lines: lines, file: file)
        let document = MarkdownDocument(parsing: text, skippingLines: header.lineCount)
        var diagnostics = leadingDiagnostics + header.diagnostics
        var attributeParser = FenceAttributeParser(file: file)
        var blocks: [LessonBlock] = []
        var pendingProse: [MarkdownBlock] = []

        func flushProse() {
            guard let first = pendingProse.first, let last = pendingProse.last else { return }
            // Whole lines: an indented code block's indentation is part of its meaning.
            let lineStart = lines.lineStarts[max(0, min(first.range.start.line, lines.count) - 1)]
            let bytes = min(lineStart, first.byteRange.lowerBound)..<last.byteRange.upperBound
            blocks.append(.prose(Prose(markdown: document.text(ofBytes: bytes),
                                       range: SourceRange(start: lines.position(ofByte: bytes.lowerBound), end: last.range.end),
                                       byteRange: bytes)))
            pendingProse = []
        }

        var cellCount = 0
        for block in document.blocks {
            guard case .fencedCode(let fence) = block.kind else {
                pendingProse.append(block)
                diagnostics += nestedFenceWarnings(in: block)
                continue
            }
            flushProse()
            if !fence.isClosed {
                diagnostics.append(LessonDiagnostic(
                    file: file, line: block.range.start.line, column: block.range.start.column,
                    message: "this \(fence.language.isEmpty ? "code" : fence.language) fence is never closed; "
                        + "add a line of \(String(repeating: fence.fenceCharacter, count: fence.fenceLength)) after its content",
                    kind: .unclosedFence))
            }
            let words = FenceAttributeParser.words(of: fence, lines: lines)
            switch fence.language {
            case "swift":
                let attributes = attributeParser.cellAttributes(words)
                blocks.append(.cell(CodeCell(
                    index: cellCount, source: fence.literal, attributes: attributes, range: block.range,
                    firstCodeLine: fence.openingLine + 1, expected: nil, fence: fence,
                    byteRange: block.byteRange)))
                cellCount += 1
            case "output":
                let options = attributeParser.outputOptions(words, defaults: header.frontMatter)
                let output = ExpectedOutput(
                    text: fence.literal, options: options, range: block.range,
                    contentByteRange: fence.contentByteRange, firstContentLine: fence.openingLine + 1, fence: fence)
                if case .cell(let cell)? = blocks.last, cell.expected == nil {
                    blocks[blocks.count - 1] = .cell(cell.with(expected: output))
                    blocks.append(.output(output, cellIndex: cell.index))
                } else {
                    let duplicate: Bool
                    if case .output(_, let owner)? = blocks.last, owner != nil { duplicate = true } else { duplicate = false }
                    diagnostics.append(LessonDiagnostic(
                        file: file, line: block.range.start.line, column: block.range.start.column,
                        message: duplicate
                            ? "a cell has one output block; this second one is not checked (merge them)"
                            : "output block without a swift cell right before it (only blank lines may separate them)",
                        kind: duplicate ? .duplicateOutput : .outputWithoutCell))
                    blocks.append(.output(output, cellIndex: nil))
                }
            default:
                if let meant = Self.meantLanguage(fence.language) {
                    diagnostics.append(LessonDiagnostic(
                        file: file, line: block.range.start.line, column: block.range.start.column,
                        message: "this fence's language is '\(fence.language)', not '\(meant)', so it is shown but never "
                            + "\(meant == "swift" ? "run" : "checked"); write ```\(meant) (attributes after a space) to make it "
                            + (meant == "swift" ? "a cell" : "an output block"),
                        severity: .warning, kind: .lookalikeFence))
                }
                blocks.append(.fence(OtherFence(
                    language: fence.language, info: fence.info, literal: fence.literal,
                    range: block.range, byteRange: block.byteRange)))
            }
        }
        flushProse()
        diagnostics += attributeParser.diagnostics
        diagnostics.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return Lesson(file: file, source: text, frontMatter: header.frontMatter, blocks: blocks,
                      diagnostics: diagnostics, lineEnding: lines.lineEnding)
    }
}

extension LessonParser {
    /// `swift` or `output` when a fence's language looks meant as one (```Swift, ```swift3,
    /// ```swift,ignore): such a block would silently never run or be checked.
    static func meantLanguage(_ language: String) -> String? {
        for word in ["swift", "output"] {
            let lower = language.lowercased()
            guard lower.hasPrefix(word) else { continue }
            if lower == word { return word }  // only the case differs
            if let next = lower.dropFirst(word.count).first, !next.isLetter { return word }
        }
        return nil
    }

    /// Cells only count at the top level; an indented `swift` fence in a list would silently
    /// never run, so say so.
    func nestedFenceWarnings(in block: MarkdownBlock) -> [LessonDiagnostic] {
        let children: [MarkdownBlock]
        switch block.kind {
        case .blockQuote(let inner): children = inner
        case .list(_, let items): children = items.flatMap { $0 }
        default: return []
        }
        return children.flatMap { child -> [LessonDiagnostic] in
            if case .fencedCode(let fence) = child.kind, fence.language == "swift" || fence.language == "output" {
                return [LessonDiagnostic(
                    file: file, line: child.range.start.line, column: child.range.start.column,
                    message: "this \(fence.language) fence is inside a list or quote, so it is shown but never "
                        + "\(fence.language == "swift" ? "run" : "checked"); move it to the top level to make it a cell",
                    severity: .warning, kind: .nestedFence)]
            }
            return nestedFenceWarnings(in: child)
        }
    }
}

extension CodeCell {
    func with(expected: ExpectedOutput) -> CodeCell {
        CodeCell(index: index, source: source, attributes: attributes, range: range,
                 firstCodeLine: firstCodeLine, expected: expected, fence: fence, byteRange: byteRange)
    }
}
