/// The parts every page shares: the document head (stylesheet, optional KaTeX) and the header.
struct PageTemplate {
    let siteTitle: String
    let mathEnabled: Bool

    func document(lang: String, title: String, bodyClass: String, body: String) -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"\(HTML.escape(lang))\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>\(HTML.escape(title))</title>\n"
        html += "<link rel=\"stylesheet\" href=\"assets/site.css\">\n"
        if mathEnabled { html += KaTeXAssets.headTags }
        html += "</head>\n<body class=\"\(HTML.escape(bodyClass))\">\n\(body)</body>\n</html>\n"
        return html
    }

    func header(strings: SiteStrings, showContentsLink: Bool) -> String {
        var html = "<header class=\"site-header\"><a class=\"site-title\" href=\"index.html\">\(HTML.escape(siteTitle))</a>"
        if showContentsLink { html += "<a class=\"crumb\" href=\"index.html\">\(HTML.escape(strings.contents))</a>" }
        return html + "</header>\n"
    }
}
