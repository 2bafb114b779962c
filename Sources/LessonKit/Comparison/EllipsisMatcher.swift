import Foundation

/// Matches output against a pattern where `...` inside a line stands for any text and a line
/// that is only `...` stands for any number of lines (none included).
enum EllipsisMatcher {
    /// `lineMatches` compares one pattern line without `...` to one output line.
    static func matches(pattern: [String], lines: [String], lineMatches: (String, String) -> Bool) -> Bool {
        // memo[i][j]: pattern[i...] matches lines[j...].
        var memo = Array(repeating: Array(repeating: Bool?.none, count: lines.count + 1), count: pattern.count + 1)
        func match(_ i: Int, _ j: Int) -> Bool {
            if let known = memo[i][j] { return known }
            let result: Bool
            if i == pattern.count {
                result = j == lines.count
            } else if isWildcardLine(pattern[i]) {
                result = match(i + 1, j) || (j < lines.count && match(i, j + 1))
            } else if j < lines.count, lineMatchesPattern(pattern[i], lines[j], lineMatches) {
                result = match(i + 1, j + 1)
            } else {
                result = false
            }
            memo[i][j] = result
            return result
        }
        return match(0, 0)
    }

    static func isWildcardLine(_ line: String) -> Bool {
        line.trimmingSpacesAndTabs() == "..."
    }

    private static func lineMatchesPattern(_ pattern: String, _ line: String, _ lineMatches: (String, String) -> Bool) -> Bool {
        guard pattern.contains("...") else { return lineMatches(pattern, line) }
        let parts = pattern.components(separatedBy: "...")
        guard let first = parts.first, let last = parts.last, line.hasPrefix(first) else { return false }
        var rest = Substring(line.dropFirst(first.count))
        for part in parts.dropFirst().dropLast() {
            guard let range = rest.range(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        return rest.count >= last.count && rest.hasSuffix(last)
    }
}

extension String {
    func trimmingSpacesAndTabs() -> String {
        var trimmed = Substring(self)
        while let first = trimmed.first, first == " " || first == "\t" { trimmed = trimmed.dropFirst() }
        while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
