import CommonMark

/// Fence lengths that keep an output block intact: content holding a line of three or more
/// fence characters would close a fence of that length, so the fence must be longer.
enum FenceLength {
    /// The shortest fence (at least 3) that no line of `content` can close.
    static func needed(for content: String, character: Character) -> Int {
        var longest = 0
        for line in content.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let indentation = line.prefix { $0 == " " }.count
            guard indentation <= 3 else { continue }
            let run = line.dropFirst(indentation).prefix { $0 == character }.count
            longest = max(longest, run)
        }
        return longest >= 3 ? longest + 1 : 3
    }

    /// The bytes of the fence run on a fence line (after up to 3 spaces of indentation).
    static func runRange(in lines: SourceLines, line: Int, character: Character) -> Range<Int>? {
        guard let byte = character.asciiValue else { return nil }
        let bytes = lines.bytes(ofLine: line)
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: ">") { index += 1 }
        let start = index
        while index < bytes.endIndex, bytes[index] == byte { index += 1 }
        return index > start ? start..<index : nil
    }
}
