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

/// One lesson page: header, title with status badge, the blocks, and previous/next links.
struct LessonPage {
    let template: PageTemplate
    let plan: SitePlan
    let index: Int

    var html: String {
        let page = plan.pages[index]
        let lesson = page.lesson
        let strings = SiteStrings(lang: lesson.lang)
        var body = template.header(strings: strings, showContentsLink: true)
        body += "<main class=\"lesson\">\n<h1>"
        if !lesson.section.isEmpty { body += "<span class=\"section-number\">\(HTML.escape(lesson.section))</span>" }
        body += "<span class=\"lesson-title\">\(HTML.escape(lesson.title))</span>"
        body += " <span class=\"badge badge-\(lesson.status.rawValue)\">\(HTML.escape(strings.badgeText(lesson.status)))</span></h1>\n"
        let renderer = BlockRenderer(strings: strings)
        for block in lesson.blocks { body += renderer.render(block) }
        body += "</main>\n<nav class=\"pager\">"
        if let previous = page.previous {
            body += link(to: plan.pages[previous], rel: "prev", direction: "← " + strings.previous)
        }
        if let next = page.next {
            body += link(to: plan.pages[next], rel: "next", direction: strings.next + " →")
        }
        body += "</nav>\n"
        let heading = lesson.section.isEmpty ? lesson.title : "\(lesson.section) \(lesson.title)"
        return template.document(lang: lesson.lang, title: "\(heading) · \(template.siteTitle)",
                                 bodyClass: "lesson-page", body: body)
    }

    private func link(to page: SitePlan.Page, rel: String, direction: String) -> String {
        let label = page.lesson.section.isEmpty ? page.lesson.title : "\(page.lesson.section) \(page.lesson.title)"
        return "<a rel=\"\(rel)\" href=\"\(HTML.escape(page.fileName))\"><span class=\"pager-direction\">\(HTML.escape(direction))</span>\(HTML.escape(label))</a>"
    }
}

/// The contents page: one list per language, each lesson with its section, title and status.
struct IndexPage {
    let template: PageTemplate
    let plan: SitePlan
    let lang: String

    var html: String {
        let strings = SiteStrings(lang: lang)
        var body = template.header(strings: strings, showContentsLink: false)
        body += "<main class=\"index\">\n<h1>\(HTML.escape(template.siteTitle))</h1>\n"
        if plan.pages.isEmpty { body += "<p class=\"empty\">\(HTML.escape(strings.noLessons))</p>\n" }
        for (groupLang, indices) in plan.languages {
            let groupStrings = SiteStrings(lang: groupLang)
            body += "<section class=\"toc-language\" lang=\"\(HTML.escape(groupLang))\">\n"
            if plan.languages.count > 1 {
                body += "<h2>\(HTML.escape(SiteStrings.languageName(groupLang)))</h2>\n"
            }
            body += "<ol class=\"toc\">\n"
            for index in indices {
                let page = plan.pages[index], lesson = page.lesson
                body += "<li><a href=\"\(HTML.escape(page.fileName))\">"
                if !lesson.section.isEmpty { body += "<span class=\"section-number\">\(HTML.escape(lesson.section))</span>" }
                body += "<span class=\"toc-title\">\(HTML.escape(lesson.title))</span></a>"
                body += " <span class=\"badge badge-\(lesson.status.rawValue)\">\(HTML.escape(groupStrings.badgeText(lesson.status)))</span></li>\n"
            }
            body += "</ol>\n</section>\n"
        }
        body += "</main>\n"
        return template.document(lang: lang, title: template.siteTitle, bodyClass: "index-page", body: body)
    }
}
