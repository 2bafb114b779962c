/// Reads what cmark does not tell about a code fence from the source text: the fence
/// character and length, the info string's bytes, and whether a closing fence exists.
enum FenceReader {
    /// Returns nil when the block at `startByte` does not open with a fence (indented code).
    static func read(
        lines: SourceLines, openingLine: Int, startByte: Int, endLine: Int,
        info: String, literal: String
    ) -> FencedCode? {
        let bytes = lines.bytes
        let lineEnd = lines.lineEnds[openingLine - 1]
        var index = startByte
        var indent = 0
        while index < lineEnd, bytes[index] == UInt8(ascii: " "), indent < 3 { index += 1; indent += 1 }
        guard index < lineEnd, bytes[index] == UInt8(ascii: "`") || bytes[index] == UInt8(ascii: "~") else {
            return nil
        }
        let fenceByte = bytes[index]
        let fenceStart = index
        while index < lineEnd, bytes[index] == fenceByte { index += 1 }
        let fenceLength = index - fenceStart
        guard fenceLength >= 3 else { return nil }
        while index < lineEnd, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        var infoEnd = lineEnd
        while infoEnd > index, bytes[infoEnd - 1] == UInt8(ascii: " ") || bytes[infoEnd - 1] == UInt8(ascii: "\t") {
            infoEnd -= 1
        }
        let fenceColumn = fenceStart - lines.lineStarts[openingLine - 1]
        let closing = endLine > openingLine
            && isClosingFence(lines.bytes(ofLine: endLine), fenceByte: fenceByte, length: fenceLength,
                              maxIndent: fenceColumn + 3)
        let contentStart = lines.byteOffsetAfterLine(openingLine)
        let contentEnd = closing ? lines.lineStarts[endLine - 1] : max(contentStart, lines.byteOffsetAfterLine(endLine))
        return FencedCode(
            info: info.trimmingSpaces(),
            literal: literal,
            fenceCharacter: Character(Unicode.Scalar(fenceByte)),
            fenceLength: fenceLength,
            isClosed: closing,
            openingLine: openingLine,
            closingLine: closing ? endLine : nil,
            contentByteRange: contentStart..<max(contentStart, contentEnd),
            infoByteRange: index..<max(index, infoEnd)
        )
    }

    /// A closing fence: container markers (`>`) and indentation, then at least `length` fence
    /// characters, then only spaces.
    static func isClosingFence(_ line: ArraySlice<UInt8>, fenceByte: UInt8, length: Int, maxIndent: Int) -> Bool {
        var index = line.startIndex
        var indent = 0
        while index < line.endIndex {
            let byte = line[index]
            if byte == UInt8(ascii: ">") { indent = 0 } else if byte == UInt8(ascii: " ") { indent += 1 }
            else if byte == UInt8(ascii: "\t") { indent += 4 } else { break }
            index += 1
        }
        guard indent <= maxIndent else { return false }
        var run = 0
        while index < line.endIndex, line[index] == fenceByte { run += 1; index += 1 }
        guard run >= length else { return false }
        return line[index...].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
