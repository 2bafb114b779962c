/// Renders a Markdown fragment to HTML with cmark, keeping TeX intact for KaTeX.
///
/// `$…$` becomes `<span class="math inline">\(…\)</span>` and `$$…$$` becomes
/// `<div class="math display">\[…\]</div>` (a `span` when it shares its paragraph with text);
/// KaTeX's auto-render finds the `\(`/`\[` delimiters. The TeX is HTML-escaped, otherwise verbatim.
///
/// - Parameter unsafe: keep raw HTML and `javascript:` links. By default (safe) cmark omits them.
public func renderHTML(markdown: String, unsafe: Bool = false) -> String {
    let spans = MathScanner.spans(in: markdown)
    guard !spans.isEmpty else { return CommonMarkConverter.html(markdown: markdown, unsafe: unsafe) }
    let marks = PlaceholderMarks(avoiding: markdown)
    var bytes = Array(markdown.utf8)
    for (number, span) in spans.enumerated().reversed() {
        bytes.replaceSubrange(span.byteRange, with: Array(marks.placeholder(number).utf8))
    }
    let html = CommonMarkConverter.html(markdown: String(decoding: bytes, as: UTF8.self), unsafe: unsafe)
    return restoreMath(in: html, spans: spans, marks: marks)
}

/// Puts each span's TeX back where its placeholder landed in cmark's HTML, in one pass.
private func restoreMath(in html: String, spans: [MathSpan], marks: PlaceholderMarks) -> String {
    var output = ""
    output.reserveCapacity(html.utf8.count)
    var rest = Substring(html)
    while let openIndex = rest.firstIndex(of: marks.open) {
        output += rest[..<openIndex]
        let afterOpen = rest.index(after: openIndex)
        guard let closeIndex = rest[afterOpen...].firstIndex(of: marks.close),
              let number = Int(rest[afterOpen..<closeIndex]), spans.indices.contains(number) else {
            output.append(marks.open)
            rest = rest[afterOpen...]
            continue
        }
        let span = spans[number]
        let tex = escapeHTML(span.tex)
        rest = rest[rest.index(after: closeIndex)...]
        // Inside a tag (an image's alt text): an attribute holds text, so the TeX goes back as written.
        if let lastOpen = output.lastIndex(of: "<"), output[lastOpen...].firstIndex(of: ">") == nil {
            let dollars = span.isDisplay ? "$$" : "$"
            output += escapeHTML(dollars + span.tex + dollars)
        } else if !span.isDisplay {
            output += "<span class=\"math inline\">\\(\(tex)\\)</span>"
        } else if output.hasSuffix("<p>"), rest.hasPrefix("</p>") {
            output.removeLast(3)
            rest = rest.dropFirst(4)
            output += "<div class=\"math display\">\\[\(tex)\\]</div>"
        } else {
            output += "<span class=\"math display\">\\[\(tex)\\]</span>"
        }
    }
    output += rest
    return output
}

/// Escapes the characters that are markup in HTML text and attribute values.
public func escapeHTML(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": escaped += "&amp;"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        case "\"": escaped += "&quot;"
        default: escaped.append(character)
        }
    }
    return escaped
}

/// Placeholder text cmark passes through untouched: private-use characters (neither
/// punctuation nor space, so emphasis rules treat them like letters) absent from the input.
struct PlaceholderMarks {
    let open: Character
    let close: Character

    init(avoiding text: String) {
        var candidates = (0xE000...0xF8FF).lazy.compactMap(Unicode.Scalar.init).map(Character.init)
            .filter { !text.contains($0) }.makeIterator()
        open = candidates.next() ?? "\u{E000}"
        close = candidates.next() ?? "\u{E001}"
    }

    func placeholder(_ number: Int) -> String { "\(open)\(number)\(close)" }
}

