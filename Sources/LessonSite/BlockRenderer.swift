import Foundation

/// Turns one `SiteBlock` into HTML. Prose is trusted (it comes from the Markdown wrapper);
/// everything else (code, outputs, diffs, fence text) is escaped or highlighted here.
struct BlockRenderer {
    let strings: SiteStrings

    func render(_ block: SiteBlock) -> String {
        switch block {
        case .prose(let html):
            return html
        case .code(let source, let output):
            var html = "<div class=\"cell\">\n<pre class=\"code\"><code class=\"language-swift\">"
            html += SwiftHighlighter.highlight(source) + "</code></pre>\n"
            if let output { html += render(output) }
            return html + "</div>\n"
        case .otherFence(let info, let text):
            let language = info.split(separator: " ").first.map(String.init) ?? ""
            var html = "<div class=\"fence\">"
            if !language.isEmpty { html += "<div class=\"fence-info\">\(HTML.escape(language))</div>" }
            return html + "<pre><code>\(HTML.escape(text))</code></pre></div>\n"
        case .folded(let kind, let inner):
            let (css, summary) = kind.label(strings)
            return "<details class=\"folded \(css)\">\n<summary>\(HTML.escape(summary))</summary>\n" + render(inner) + "</details>\n"
        }
    }

    func render(_ output: SiteOutput) -> String {
        let badge = output.badge.cssName
        let text = Self.textWithoutFigureSummaries(output.text, figures: output.figures)
        let printed = !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        // A cell that printed nothing gets the header line alone, not an empty box.
        let empty = !printed && output.figures.isEmpty
        var html = "<div class=\"output output-\(badge)\(empty ? " output-empty" : "")\">\n<div class=\"output-header\">"
        html += "<span class=\"output-label\">\(HTML.escape(empty ? strings.noOutput : strings.output))</span>"
        html += "<span class=\"badge badge-\(badge)\">\(HTML.escape(strings.badgeText(output.badge)))</span></div>\n"
        if printed {
            html += "<pre class=\"output-text\">\(HTML.escape(text))</pre>\n"
        }
        if !output.figures.isEmpty {
            html += "<div class=\"figures\">"
            for figure in output.figures {
                html += "<figure class=\"lesson-figure\">\(figure.svg)<figcaption>\(HTML.escape(figure.summary))</figcaption></figure>"
            }
            html += "</div>\n"
        }
        if case .failed(let diff) = output.badge {
            html += "<details class=\"diff\" open=\"open\"><summary>\(HTML.escape(strings.diffSummary))</summary><pre>"
            html += Self.diffLines(diff) + "</pre></details>\n"
        }
        if case .error(let message) = output.badge {
            html += "<details class=\"diff\" open=\"open\"><summary>\(HTML.escape(strings.errorSummary))</summary><pre>"
            html += HTML.escape(message) + "</pre></details>\n"
        }
        return html + "</div>\n"
    }

    /// A figure prints its summary line into the cell's output; the page shows the figure with
    /// that line as its caption, so the same line is dropped from the text above it.
    static func textWithoutFigureSummaries(_ text: String, figures: [Figure]) -> String {
        guard !figures.isEmpty else { return text }
        let summaries = Set(figures.map(\.summary))
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !summaries.contains($0.trimmingCharacters(in: .whitespaces)) }
            .joined(separator: "\n")
    }

    /// Escaped diff text with removed (`-`) and added (`+`) lines marked for colouring.
    static func diffLines(_ diff: String) -> String {
        diff.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let escaped = HTML.escape(String(line))
            if line.hasPrefix("-") { return "<span class=\"del\">\(escaped)</span>" }
            if line.hasPrefix("+") { return "<span class=\"ins\">\(escaped)</span>" }
            return escaped
        }.joined(separator: "\n")
    }
}

extension SiteBlock.FoldedKind {
    /// CSS class and the words on the fold, in the page's language.
    func label(_ strings: SiteStrings) -> (String, String) {
        switch self {
        case .hint(let number): return ("hint", strings.hint(number))
        case .solution: return ("solution", strings.solution)
        }
    }
}
