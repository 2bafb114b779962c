import CommonMark

/// Builds a lesson's new text from the outputs its cells actually produced, changing only the
/// content of output blocks (and, with `addMissing`, inserting new ones). Every other byte —
/// prose, code, fence attributes, line endings — is kept exactly.
public struct LessonUpdater {
    /// Which existing output blocks are rewritten.
    public enum Policy: Sendable {
        /// Only blocks whose comparison fails: an `approx` block within tolerance keeps its text,
        /// so updating twice changes nothing.
        case mismatched
        /// Every block that has an actual output, matching or not.
        case all
    }

    /// The lesson as parsed from the text being rewritten.
    public let lesson: Lesson

    public init(lesson: Lesson) {
        self.lesson = lesson
    }

    /// Returns the updated text. `actualOutputs` maps a cell index to what the cell produced;
    /// cells without an entry are left alone. With `addMissing`, a cell that has no output block
    /// gets one after it, unless it is `ignore` or its output is empty.
    ///
    /// Throws when rewriting could damage the file: invalid UTF-8 or an unclosed fence.
    public func update(actualOutputs: [Int: String], addMissing: Bool = false,
                       policy: Policy = .mismatched) throws -> LessonUpdate {
        let blocking = lesson.diagnostics.filter { $0.kind == .invalidUTF8 || $0.kind == .unclosedFence }
        guard blocking.isEmpty else { throw LessonUpdateError(diagnostics: blocking) }
        let lines = SourceLines(lesson.source)
        var edits: [ByteEdit] = []
        var rewritten: [Int] = []
        var added: [Int] = []
        var unrecordable: [Int: UInt32] = [:]
        for cell in lesson.cells {
            guard let actual = actualOutputs[cell.index] else { continue }
            // A control character (a NUL from "\u{0}") would be written raw into the Markdown
            // file, where no comparison could match it again: such an output is not recorded.
            if cell.expected != nil || addMissing,
               let bad = actual.unicodeScalars.first(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" }) {
                unrecordable[cell.index] = bad.value
                continue
            }
            if let expected = cell.expected {
                if policy == .mismatched,
                   OutputMatcher.compare(expected: expected.text, actual: actual, options: expected.options).isMatch {
                    continue
                }
                let newEdits = replacement(for: expected, actual: actual, lines: lines)
                if !newEdits.isEmpty { rewritten.append(cell.index) }
                edits += newEdits
            } else if addMissing, !cell.attributes.ignore, !OutputNormalization.lines(actual).isEmpty {
                edits.append(insertion(after: cell, actual: actual, lines: lines))
                added.append(cell.index)
            }
        }
        // Edits never overlap; at one offset, a replaced range comes after an insertion there
        // (an empty block's new content sits right before its closing fence run).
        let ordered = edits.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.bytes.count + ordered.reduce(0) { $0 + $1.bytes.count })
        var copied = 0
        for edit in ordered {
            bytes += lines.bytes[copied..<edit.range.lowerBound]
            bytes += edit.bytes
            copied = edit.range.upperBound
        }
        bytes += lines.bytes[copied...]
        let shifts = ordered.map { edit in
            LessonUpdate.LineShift(afterLine: lines.line(containing: edit.range.lowerBound),
                                   lines: newlines(in: edit.bytes[...]) - newlines(in: lines.bytes[edit.range]))
        }
        return LessonUpdate(text: String(decoding: bytes, as: UTF8.self), rewrittenCells: rewritten, addedCells: added,
                            unrecordableCells: unrecordable, lineShifts: shifts.filter { $0.lines != 0 })
    }

    private func newlines(in bytes: ArraySlice<UInt8>) -> Int {
        // A CRLF or a lone CR ends a line as "\n" does.
        var count = 0
        for (i, b) in zip(bytes.indices, bytes) where b == 0x0A || (b == 0x0D && (i + 1 == bytes.endIndex || bytes[i + 1] != 0x0A)) {
            count += 1
        }
        return count
    }

    /// The output's lines as written to the file: trailing spaces dropped, `newline` after each,
    /// and the fence's indentation before each non-empty one (CommonMark takes up to that many
    /// spaces off every content line, so `  x` under a fence indented 2 must be written `    x`).
    private func content(_ actual: String, newline: String, indentation: String = "") -> String {
        OutputNormalization.lines(actual).map { ($0.isEmpty ? "" : indentation) + $0 + newline }.joined()
    }

    /// The spaces before the fence run on `line` (CommonMark allows up to 3).
    private func fenceIndentation(line: Int, lines: SourceLines) -> String {
        String(repeating: " ", count: min(3, lines.bytes(ofLine: line).prefix { $0 == UInt8(ascii: " ") }.count))
    }

    /// The line break next to the edit, so that even a file mixing CRLF and LF keeps each
    /// block as it was; the file's first line break otherwise.
    private func newline(afterLine line: Int, in lines: SourceLines) -> String {
        lines.lineBreak(ofLine: line) ?? lesson.lineEnding
    }

    private func replacement(for expected: ExpectedOutput, actual: String, lines: SourceLines) -> [ByteEdit] {
        let source = lines.bytes
        let fence = expected.fence
        let newContent = content(actual, newline: newline(afterLine: fence.openingLine, in: lines),
                                 indentation: fenceIndentation(line: fence.openingLine, lines: lines))
        var edits: [ByteEdit] = []
        if !source[expected.contentByteRange].elementsEqual(newContent.utf8) {
            edits.append(ByteEdit(range: expected.contentByteRange, bytes: Array(newContent.utf8)))
        }
        let needed = FenceLength.needed(for: newContent, character: fence.fenceCharacter)
        if needed > fence.fenceLength, let closingLine = fence.closingLine {
            let longer = Array(String(repeating: fence.fenceCharacter, count: needed).utf8)
            for line in [fence.openingLine, closingLine] {
                if let run = FenceLength.runRange(in: lines, line: line, character: fence.fenceCharacter) {
                    edits.append(ByteEdit(range: run, bytes: longer))
                }
            }
        }
        return edits
    }

    private func insertion(after cell: CodeCell, actual: String, lines: SourceLines) -> ByteEdit {
        let closingLine = cell.fence.closingLine ?? cell.range.end.line
        let offset = lines.byteOffsetAfterLine(closingLine)
        let lineBreak = newline(afterLine: closingLine, in: lines)
        // The new block is indented as its cell is, so it stays at the cell's level.
        let indentation = fenceIndentation(line: cell.fence.openingLine, lines: lines)
        let body = content(actual, newline: lineBreak, indentation: indentation)
        let length = max(3, cell.fence.fenceLength, FenceLength.needed(for: body, character: cell.fence.fenceCharacter))
        let fence = indentation + String(repeating: cell.fence.fenceCharacter, count: length)
        let endsWithoutBreak = offset == lines.bytes.count && offset > 0
            && lines.bytes[offset - 1] != UInt8(ascii: "\n") && lines.bytes[offset - 1] != UInt8(ascii: "\r")
        let text = (endsWithoutBreak ? lineBreak : "") + lineBreak + fence + "output" + lineBreak + body + fence
            + (endsWithoutBreak ? "" : lineBreak)
        return ByteEdit(range: offset..<offset, bytes: Array(text.utf8))
    }
}

/// The result of an update: the new text and which cells' outputs changed.
public struct LessonUpdate: Hashable, Sendable {
    /// The whole new file text.
    public let text: String
    /// Cells whose existing output block was rewritten.
    public let rewrittenCells: [Int]
    /// Cells that received a new output block.
    public let addedCells: [Int]
    /// Cells whose output was not recorded because it holds a control character (its code point).
    public let unrecordableCells: [Int: UInt32]

    /// How the edits moved the lines below them: `lines` more (or fewer) after `afterLine`.
    public struct LineShift: Hashable, Sendable {
        let afterLine: Int
        let lines: Int
    }
    let lineShifts: [LineShift]

    /// True when `text` equals the original.
    public var changesNothing: Bool { rewrittenCells.isEmpty && addedCells.isEmpty }

    /// Where a line of the original text is in the new one (edits only touch output blocks, so
    /// a line of code or prose keeps its content and moves by what was added above it).
    public func newLine(forOriginal line: Int) -> Int {
        line + lineShifts.filter { $0.afterLine <= line }.reduce(0) { $0 + $1.lines }
    }
}

/// Why a lesson cannot be rewritten safely.
public struct LessonUpdateError: Error, CustomStringConvertible, Sendable {
    public let diagnostics: [LessonDiagnostic]

    public var description: String {
        "refusing to update: " + diagnostics.map(\.description).joined(separator: "; ")
    }
}

/// Replace `range` of the original bytes with `bytes`.
struct ByteEdit {
    let range: Range<Int>
    let bytes: [UInt8]
}
