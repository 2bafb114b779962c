import CommonMark

/// One space-separated word of a fence's info string, with where it starts.
struct InfoWord {
    let name: String
    let value: String?
    let text: String
    let position: SourcePosition
}

/// Parses the attribute words after `swift` or `output` into typed values. Every word is
/// accounted for: unknown names, bad values and repeats become diagnostics.
struct FenceAttributeParser {
    let file: String
    private(set) var diagnostics: [LessonDiagnostic] = []

    init(file: String) { self.file = file }

    /// The words of the info string after the language word.
    static func words(of fence: FencedCode, lines: SourceLines) -> [InfoWord] {
        let bytes = lines.bytes[fence.infoByteRange]
        var words: [InfoWord] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            while index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
            let start = index
            while index < bytes.endIndex, bytes[index] != UInt8(ascii: " "), bytes[index] != UInt8(ascii: "\t") { index += 1 }
            guard index > start else { break }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            words.append(InfoWord(
                name: String(parts[0]), value: parts.count > 1 ? String(parts[1]) : nil,
                text: text, position: lines.position(ofByte: start)))
        }
        return Array(words.dropFirst())
    }

    mutating func cellAttributes(_ words: [InfoWord]) -> CellAttributes {
        var attributes = CellAttributes()
        var seen = Set<String>()
        for word in words {
            guard checkRepeat(word, &seen) else { continue }
            switch word.name {
            case "ignore": if flag(word) { attributes.ignore = true }
            case "hidden": if flag(word) { attributes.hidden = true }
            case "error": if flag(word) { attributes.expectsError = true }
            case "save": if flag(word) { attributes.save = true }
            case "check": if flag(word) { attributes.check = true }
            case "hint": if flag(word) { attributes.hint = true }
            case "solution": if flag(word) { attributes.solution = true }
            case "timeout":
                if let seconds = word.value.flatMap(Self.seconds) { attributes.timeout = seconds }
                else { invalid(word, "timeout needs a duration like timeout=5s or timeout=500ms") }
            case "exercise":
                if let id = word.value, !id.isEmpty { attributes.exercise = id }
                else { invalid(word, "exercise needs an identifier like exercise=1") }
            default:
                unknown(word, known: CellAttributes.knownNames, on: "swift")
            }
        }
        return attributes
    }

    mutating func outputOptions(_ words: [InfoWord], defaults: LessonFrontMatter) -> OutputOptions {
        var options = OutputOptions(atol: defaults.atol ?? OutputOptions.defaultAtol,
                                    rtol: defaults.rtol ?? OutputOptions.defaultRtol)
        var seen = Set<String>()
        for word in words {
            guard checkRepeat(word, &seen) else { continue }
            switch word.name {
            case "approx": if flag(word) { options.approx = true }
            case "ellipsis": if flag(word) { options.ellipsis = true }
            case "nondeterministic": if flag(word) { options.nondeterministic = true }
            case "atol", "rtol":
                guard let tolerance = word.value.flatMap(Double.init), tolerance.isFinite, tolerance >= 0 else {
                    invalid(word, "\(word.name) needs a number ≥ 0 like \(word.name)=1e-3")
                    continue
                }
                options.approx = true
                if word.name == "atol" { options.atol = tolerance } else { options.rtol = tolerance }
            default:
                unknown(word, known: OutputOptions.knownNames, on: "output")
            }
        }
        return options
    }

    /// `5`, `5s`, `2.5s` or `500ms` as seconds.
    static func seconds(_ text: String) -> Double? {
        let (number, scale): (Substring, Double) =
            text.hasSuffix("ms") ? (text.dropLast(2), 0.001) : text.hasSuffix("s") ? (text.dropLast(), 1) : (Substring(text), 1)
        guard let value = Double(number), value.isFinite, value > 0 else { return nil }
        return value * scale
    }

    private mutating func flag(_ word: InfoWord) -> Bool {
        guard word.value == nil else {
            invalid(word, "'\(word.name)' takes no value (write just '\(word.name)')")
            return false
        }
        return true
    }

    private mutating func checkRepeat(_ word: InfoWord, _ seen: inout Set<String>) -> Bool {
        guard seen.insert(word.name).inserted else {
            report(word, "attribute '\(word.name)' is given twice", .duplicateAttribute)
            return false
        }
        return true
    }

    private mutating func invalid(_ word: InfoWord, _ message: String) {
        report(word, "invalid attribute '\(word.text)': \(message)", .invalidAttributeValue)
    }

    private mutating func unknown(_ word: InfoWord, known: [String], on language: String) {
        report(word, "unknown attribute '\(word.name)' on a \(language) fence (known: \(known.joined(separator: ", ")))",
               .unknownAttribute)
    }

    private mutating func report(_ word: InfoWord, _ message: String, _ kind: LessonDiagnostic.Kind) {
        diagnostics.append(LessonDiagnostic(
            file: file, line: word.position.line, column: word.position.column, message: message, kind: kind))
    }
}
