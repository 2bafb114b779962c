import LessonFigures

/// The page a link to another lesson leads to is known only when the site's file names are
/// chosen (`SitePlan`): converted prose names the lesson by a marker, resolved here.
public enum LessonLinkMarkers {
    static let prefix = "lesson-page:"

    public static func marker(slug: String) -> String { prefix + HTML.escape(slug) }

    /// `html` with every `href="lesson-page:SLUG…"` pointing at that lesson's page.
    static func resolve(_ html: String, fileNames: [String: String]) -> String {
        guard html.contains(prefix) else { return html }
        var out = html
        for (slug, fileName) in fileNames {
            out = out.replacingOccurrences(of: "href=\"" + marker(slug: slug) + "\"", with: "href=\"" + HTML.escape(fileName) + "\"")
            out = out.replacingOccurrences(of: "href=\"" + marker(slug: slug) + "#", with: "href=\"" + HTML.escape(fileName) + "#")
        }
        return out
    }
}
