/// `[label]: url` lines of a whole lesson. cmark resolves `[text][label]` only against
/// definitions in the text it is given, and a page's prose is rendered a run at a time, so each
/// run gets the lesson's definitions appended (they produce no output themselves).
enum LinkReferenceDefinitions {
    /// The definition lines outside fenced code, joined by newlines ("" when there are none).
    static func lines(in markdown: String) -> String {
        var found: [Substring] = []
        var fence: (character: Character, length: Int)?
        for line in markdown.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let trimmed = line.drop { $0 == " " }
            guard line.count - trimmed.count <= 3 else { continue }
            if let marker = trimmed.first, marker == "`" || marker == "~" {
                let run = trimmed.prefix { $0 == marker }.count
                if run >= 3 {
                    if let open = fence {
                        if open.character == marker, run >= open.length, trimmed.dropFirst(run).allSatisfy({ $0 == " " || $0 == "\t" }) { fence = nil }
                    } else {
                        fence = (marker, run)
                    }
                    continue
                }
            }
            guard fence == nil, trimmed.first == "[", let close = trimmed.firstIndex(of: "]"),
                  trimmed.index(after: close) < trimmed.endIndex, trimmed[trimmed.index(after: close)] == ":",
                  close > trimmed.index(after: trimmed.startIndex) else { continue }
            found.append(line)
        }
        return found.joined(separator: "\n")
    }
}
