import Foundation
import LessonSite

/// Links from one lesson to another (`[next](02-two.md)`) point at Markdown files, which the site
/// does not have. A relative `.md` link that resolves to a lesson being rendered becomes a
/// marker naming that lesson's slug; `LessonLinkMarkers` turns it into the page's file name once
/// the site's file names are fixed. Other links are left as written.
enum LessonLinks {
    /// `html`: cmark's output for prose of the lesson at `file`; `slugs`: standardized lesson
    /// paths to slugs.
    static func rewrite(_ html: String, from file: String, slugs: [String: String]) -> String {
        guard !slugs.isEmpty, html.contains(".md") else { return html }
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        var out = ""
        var rest = Substring(html)
        let opener = "href=\""
        while let start = rest.range(of: opener) {
            out += rest[..<start.upperBound]
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let target = String(rest[..<end])
            rest = rest[end...]
            out += marker(for: target, in: folder, slugs: slugs) ?? target
        }
        return out + rest
    }

    private static func marker(for href: String, in folder: URL, slugs: [String: String]) -> String? {
        let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        guard path.hasSuffix(".md"), !path.contains(":"), !path.hasPrefix("/"),
              let decoded = path.removingPercentEncoding else { return nil }
        let resolved = folder.appendingPathComponent(decoded).standardizedFileURL.path
        guard let slug = slugs[resolved] else { return nil }
        return LessonLinkMarkers.marker(slug: slug) + (parts.count > 1 ? "#" + parts[1] : "")
    }

    /// Standardized absolute paths of `files`, to their slugs.
    static func slugMap(files: [String], slugs: [String]) -> [String: String] {
        var map: [String: String] = [:]
        for (file, slug) in zip(files, slugs) { map[URL(fileURLWithPath: file).standardizedFileURL.path] = slug }
        return map
    }
}
