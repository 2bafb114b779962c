import Yams

/// Reads the YAML header: `---` on the first line, up to a `---` or `...` line.
enum FrontMatterParser {
    struct Result {
        var frontMatter = LessonFrontMatter()
        /// How many lines the header takes (0 when there is none): cmark sees them as blank.
        var lineCount = 0
        var diagnostics: [LessonDiagnostic] = []
    }

    static func parse(lines: SourceLines, file: String) -> Result {
        var result = Result()
        guard lines.count > 1, isDelimiter(lines.text(ofLine: 1), allowDots: false) else { return result }
        guard let closing = (2...lines.count).first(where: { isDelimiter(lines.text(ofLine: $0), allowDots: true) }) else {
            result.diagnostics.append(LessonDiagnostic(
                file: file, line: 1, column: 1,
                message: "front matter opened with '---' is never closed; add a '---' line after it",
                kind: .unclosedFrontMatter))
            return result
        }
        result.lineCount = closing
        result.frontMatter.lines = 1...closing
        let yaml = (2..<closing).map { lines.text(ofLine: $0) }.joined(separator: "\n")
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            let (line, column, problem) = describe(error)
            result.diagnostics.append(LessonDiagnostic(
                file: file, line: 1 + line, column: column,
                message: "front matter is not valid YAML: \(problem)", kind: .invalidFrontMatter))
            return result
        }
        guard let node else { return result }
        guard let mapping = node.mapping else {
            result.diagnostics.append(LessonDiagnostic(
                file: file, line: 2, column: 1, message: "front matter must be a mapping of keys to values",
                kind: .invalidFrontMatter))
            return result
        }
        var seen: Set<String> = []
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark.map { 1 + $0.line } ?? 2
            let column = keyNode.mark?.column ?? 1
            // YAML keeps the last of two equal keys; a lesson with two titles is a mistake.
            if !seen.insert(key).inserted {
                result.diagnostics.append(LessonDiagnostic(
                    file: file, line: line, column: column,
                    message: "front matter key '\(key)' is given twice", kind: .invalidFrontMatter))
            }
            readValue(key: key, value: valueNode, into: &result, at: (line, column), file: file)
        }
        return result
    }

    private static func readValue(key: String, value: Node, into result: inout Result, at place: (Int, Int), file: String) {
        func bad(_ message: String) {
            result.diagnostics.append(LessonDiagnostic(
                file: file, line: place.0, column: place.1, message: message, kind: .invalidFrontMatter))
        }
        let raw = value.scalar?.string
        switch key {
        case "title": raw.map { result.frontMatter.title = $0 } ?? bad("'title' must be text")
        case "section": raw.map { result.frontMatter.section = $0 } ?? bad("'section' must be text like 5.1.1")
        case "lang": raw.map { result.frontMatter.lang = $0 } ?? bad("'lang' must be a language code like en or zh")
        case "seed":
            if let raw, let seed = UInt64(raw) { result.frontMatter.seed = seed }
            else { bad("'seed' must be a whole number from 0 to \(UInt64.max)") }
        case "atol", "rtol":
            guard let raw, let number = Double(raw), number.isFinite, number >= 0 else {
                return bad("'\(key)' must be a number ≥ 0, like 1e-4")
            }
            if key == "atol" { result.frontMatter.atol = number } else { result.frontMatter.rtol = number }
        default:
            result.diagnostics.append(LessonDiagnostic(
                file: file, line: place.0, column: place.1,
                message: "unknown front matter key '\(key)' (known: \(LessonFrontMatter.knownKeys.joined(separator: ", ")))",
                severity: .warning, kind: .unknownFrontMatterKey))
        }
    }

    private static func isDelimiter(_ line: String, allowDots: Bool) -> Bool {
        var trimmed = Substring(line)
        while trimmed.last == " " || trimmed.last == "\t" { trimmed = trimmed.dropLast() }
        return trimmed == "---" || (allowDots && trimmed == "...")
    }

    /// The 1-based YAML line and column Yams points at and its one-line problem statement.
    private static func describe(_ error: Error) -> (Int, Int, String) {
        guard let yamlError = error as? YamlError else { return (1, 1, "\(error)") }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return (max(mark.line, 1), max(mark.column, 1), problem)
        default:
            return (1, 1, "\(yamlError)")
        }
    }
}
