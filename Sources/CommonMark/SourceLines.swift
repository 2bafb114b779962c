/// The line structure of a UTF-8 text: where each line starts and ends in bytes, and how
/// byte columns (what cmark reports) become character columns (what people see).
///
/// A line break is `\n`, `\r\n` or a lone `\r`, as in CommonMark. A leading byte-order mark
/// is not part of line 1's columns.
public struct SourceLines: Sendable {
    /// The whole text as UTF-8 bytes.
    public let bytes: [UInt8]
    /// Byte offset where each line's content starts (index 0 is line 1).
    public let lineStarts: [Int]
    /// Byte offset where each line's content ends, before its line break.
    public let lineEnds: [Int]

    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts: [Int] = []
        var ends: [Int] = []
        var index = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        starts.append(index)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                ends.append(index)
                index += (byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) ? 2 : 1
                starts.append(index)
            } else {
                index += 1
            }
        }
        ends.append(bytes.count)
        lineStarts = starts
        lineEnds = ends
    }

    /// Number of lines (a text ending in a line break has an empty last line).
    public var count: Int { lineStarts.count }

    /// Byte offset of a (1-based line, 1-based byte column) pair, clamped to the text.
    public func byteOffset(line: Int, byteColumn: Int) -> Int {
        guard line >= 1 else { return 0 }
        guard line <= count else { return bytes.count }
        let start = lineStarts[line - 1]
        let afterBreak = line < count ? lineStarts[line] : bytes.count
        return min(start + max(byteColumn - 1, 0), afterBreak)
    }

    /// Byte offset just past the line break of `line` (the start of the next line).
    public func byteOffsetAfterLine(_ line: Int) -> Int {
        guard line >= 1 else { return 0 }
        return line < count ? lineStarts[line] : bytes.count
    }

    /// The 1-based line that contains a byte offset.
    public func line(containing offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The character position of a byte offset.
    public func position(ofByte offset: Int) -> SourcePosition {
        let line = line(containing: offset)
        let start = lineStarts[line - 1]
        let end = max(start, min(offset, bytes.count))
        let prefix = String(decoding: bytes[start..<end], as: UTF8.self)
        return SourcePosition(line: line, column: prefix.count + 1)
    }

    /// The character position of cmark's (line, byte column).
    public func position(line: Int, byteColumn: Int) -> SourcePosition {
        guard line >= 1, line <= count else { return SourcePosition(line: max(line, 1), column: max(byteColumn, 1)) }
        return position(ofByte: byteOffset(line: line, byteColumn: byteColumn))
    }

    /// The text of one line, without its line break.
    public func text(ofLine line: Int) -> String {
        guard line >= 1, line <= count else { return "" }
        return String(decoding: bytes[lineStarts[line - 1]..<lineEnds[line - 1]], as: UTF8.self)
    }

    /// The bytes of one line, without its line break.
    public func bytes(ofLine line: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= count else { return [] }
        return bytes[lineStarts[line - 1]..<lineEnds[line - 1]]
    }

    /// The line break that ends `line` (`"\n"`, `"\r\n"` or `"\r"`), nil for a last line without one.
    public func lineBreak(ofLine line: Int) -> String? {
        guard line >= 1, line < count else { return nil }
        return String(decoding: bytes[lineEnds[line - 1]..<lineStarts[line]], as: UTF8.self)
    }

    /// The line break the text uses first (`"\n"` when it has none).
    public var lineEnding: String {
        guard let firstEnd = lineEnds.first, lineStarts.count > 1 else { return "\n" }
        let breakLength = lineStarts[1] - firstEnd
        return breakLength == 2 ? "\r\n" : (bytes[firstEnd] == 0x0D ? "\r" : "\n")
    }
}
