/// Output text cut into numbers and the text between them, for tolerant comparison.
///
/// Inside `tensor(...)` whitespace is dropped, so a tensor printed with other column widths or
/// line wrapping still compares equal when its brackets (its shape) and values agree.
struct NumericTokens {
    enum Token: Equatable {
        case text(String)
        case number(Double, literal: String)
    }

    /// A token with the 1-based line (of the normalized text) where it starts.
    struct Located: Equatable {
        let token: Token
        let line: Int
    }

    let tokens: [Located]

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Located] = []
        var pendingText = ""
        var pendingLine = 1
        var line = 1
        var tensorDepth = 0
        var index = 0

        func flushText() {
            if !pendingText.isEmpty { tokens.append(Located(token: .text(pendingText), line: pendingLine)) }
            pendingText = ""
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if tensorDepth == 0, scalar == "t", Self.startsWord(Self.tensorOpen, in: scalars, at: index) {
                if pendingText.isEmpty { pendingLine = line }
                pendingText += "tensor("
                index += 7
                tensorDepth = 1
                continue
            }
            if let end = Self.numberEnd(in: scalars, at: index) {
                flushText()
                let literal = String(String.UnicodeScalarView(scalars[index..<end]))
                tokens.append(Located(token: .number(Self.value(of: literal), literal: literal), line: line))
                index = end
                continue
            }
            if scalar == "\n" { line += 1 }
            if tensorDepth > 0 {
                if scalar == "(" { tensorDepth += 1 }
                if scalar == ")" { tensorDepth -= 1 }
                if scalar == " " || scalar == "\t" || scalar == "\n" { index += 1; continue }
            }
            if pendingText.isEmpty { pendingLine = line }
            pendingText.unicodeScalars.append(scalar)
            index += 1
        }
        flushText()
        self.tokens = tokens
    }

    private static func isIdentifier(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static let tensorOpen = Array("tensor(".unicodeScalars)
    private static let specialWords = [Array("nan".unicodeScalars), Array("inf".unicodeScalars)]

    private static func startsWord(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + word.count <= scalars.count, scalars[index..<index + word.count].elementsEqual(word) else { return false }
        return index == 0 || !isIdentifier(scalars[index - 1])
    }

    /// The end of a number starting at `index` (`-1.5e-3`, `0.`, `.5`, `nan`, `-inf`), or nil.
    /// A number never continues an identifier (`conv2d`) and a sign never follows a value (`3-1`);
    /// letters may follow it (`10ms`: the number 10, then the text `ms`).
    private static func numberEnd(in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        if start > 0 {
            let previous = scalars[start - 1]
            if isIdentifier(previous) || previous == "." { return nil }
        }
        var index = start
        if scalars[index] == "-" || scalars[index] == "+" {
            if start > 0, [")", "]"].contains(scalars[start - 1]) { return nil }
            index += 1
        }
        if index < scalars.count, scalars[index] == "n" || scalars[index] == "i" {
            for word in specialWords where startsWordAt(word, scalars, index) { return index + 3 }
        }
        let digitsStart = index
        while index < scalars.count, isDigit(scalars[index]) { index += 1 }
        var digitCount = index - digitsStart
        if index < scalars.count, scalars[index] == "." {
            let afterDot = index + 1
            var fraction = afterDot
            while fraction < scalars.count, isDigit(scalars[fraction]) { fraction += 1 }
            digitCount += fraction - afterDot
            if digitCount > 0 { index = fraction }
        }
        guard digitCount > 0 else { return nil }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            var exponent = index + 1
            if exponent < scalars.count, scalars[exponent] == "-" || scalars[exponent] == "+" { exponent += 1 }
            let exponentDigits = exponent
            while exponent < scalars.count, isDigit(scalars[exponent]) { exponent += 1 }
            if exponent > exponentDigits { index = exponent }
        }
        return index
    }

    private static func startsWordAt(_ word: [Unicode.Scalar], _ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index + word.count <= scalars.count, scalars[index..<index + word.count].elementsEqual(word) else { return false }
        return index + word.count == scalars.count || !isIdentifier(scalars[index + word.count])
    }

    private static func value(of literal: String) -> Double {
        switch literal {
        case "nan", "-nan", "+nan": return .nan
        case "inf", "+inf": return .infinity
        case "-inf": return -.infinity
        default:
            var text = literal
            if text.hasSuffix(".") { text.removeLast() }
            if text.hasPrefix("+") { text.removeFirst() }
            if text.hasPrefix(".") { text = "0" + text }
            if text.hasPrefix("-.") { text = "-0" + text.dropFirst() }
            return Double(text) ?? .nan
        }
    }
}
