/// What exact comparison ignores: line-break style, trailing spaces and tabs on each line,
/// and blank lines at the end.
enum OutputNormalization {
    static func lines(_ text: String) -> [String] {
        var lines = text.replacingLineBreaks().split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " || trimmed.last == "\t" { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    static func text(_ text: String) -> String { lines(text).joined(separator: "\n") }
}

extension String {
    /// `\r\n` and lone `\r` become `\n`.
    func replacingLineBreaks() -> String {
        guard contains("\r") || contains("\r\n") else { return self }
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            if character == "\r\n" || character == "\r" { result.append("\n") } else { result.append(character) }
        }
        return result
    }
}
