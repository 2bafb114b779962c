/// A line diff between expected and actual output, in hunks with 3 lines of context.
public struct UnifiedDiff: Hashable, Sendable {
    public enum Line: Hashable, Sendable {
        case context(String)
        /// Only in the expected output.
        case removed(String)
        /// Only in the actual output.
        case added(String)
    }

    /// A run of changes with its context; starts are 1-based and relative to each text.
    public struct Hunk: Hashable, Sendable {
        public let expectedStart: Int
        public let expectedCount: Int
        public let actualStart: Int
        public let actualCount: Int
        public let lines: [Line]
    }

    public let hunks: [Hunk]

    /// Diffs two lists of lines (longest common subsequence; very long inputs fall back to
    /// one hunk that replaces everything, which is still correct, only less precise).
    public init(expected: [String], actual: [String], context: Int = 3) {
        let script = Self.editScript(expected, actual)
        hunks = Self.hunks(from: script, context: context)
    }

    public var isEmpty: Bool { hunks.isEmpty }

    /// The classic text form. Add `expectedLineOffset` (the file line of the output block's
    /// first content line minus 1) to number expected lines as file lines.
    /// `names`: the two sides' header names (`--- name` and `+++ name`).
    public func rendered(expectedLineOffset: Int = 0, actualLineOffset: Int = 0,
                         names: (expected: String, actual: String) = ("expected", "actual")) -> String {
        var text = "--- \(names.expected)\n+++ \(names.actual)\n"
        for hunk in hunks {
            let expectedStart = hunk.expectedCount == 0 ? hunk.expectedStart - 1 : hunk.expectedStart
            let actualStart = hunk.actualCount == 0 ? hunk.actualStart - 1 : hunk.actualStart
            text += "@@ -\(expectedStart + expectedLineOffset),\(hunk.expectedCount)"
                + " +\(actualStart + actualLineOffset),\(hunk.actualCount) @@\n"
            for line in hunk.lines {
                switch line {
                case .context(let body): text += " \(body)\n"
                case .removed(let body): text += "-\(body)\n"
                case .added(let body): text += "+\(body)\n"
                }
            }
        }
        return text
    }

    private static func editScript(_ a: [String], _ b: [String]) -> [Line] {
        guard a.count * b.count <= 4_000_000 else { return a.map(Line.removed) + b.map(Line.added) }
        // lengths[i][j]: LCS length of a[i...] and b[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var script: [Line] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                script.append(.context(a[i])); i += 1; j += 1
            } else if j < b.count, i == a.count || lengths[i][j + 1] > lengths[i + 1][j] {
                script.append(.added(b[j])); j += 1
            } else {
                script.append(.removed(a[i])); i += 1
            }
        }
        return script
    }

    private static func hunks(from script: [Line], context: Int) -> [Hunk] {
        let changed = script.indices.filter { if case .context = script[$0] { return false } else { return true } }
        guard !changed.isEmpty else { return [] }
        // Group changes whose context windows touch.
        var groups: [ClosedRange<Int>] = []
        for index in changed {
            let window = max(0, index - context)...min(script.count - 1, index + context)
            if let last = groups.last, window.lowerBound <= last.upperBound + 1 {
                groups[groups.count - 1] = last.lowerBound...window.upperBound
            } else {
                groups.append(window)
            }
        }
        // Line numbers before each script entry.
        var expectedLine = 1, actualLine = 1
        var starts: [(Int, Int)] = []
        for line in script {
            starts.append((expectedLine, actualLine))
            switch line {
            case .context: expectedLine += 1; actualLine += 1
            case .removed: expectedLine += 1
            case .added: actualLine += 1
            }
        }
        return groups.map { group in
            let lines = Array(script[group])
            let expectedCount = lines.filter { if case .added = $0 { return false } else { return true } }.count
            let actualCount = lines.filter { if case .removed = $0 { return false } else { return true } }.count
            return Hunk(expectedStart: starts[group.lowerBound].0, expectedCount: expectedCount,
                        actualStart: starts[group.lowerBound].1, actualCount: actualCount, lines: lines)
        }
    }
}
