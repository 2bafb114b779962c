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
            let statuses = indices.map { plan.pages[$0].lesson.status }
            body += "<p class=\"tally\">\(HTML.escape(groupStrings.tally(statuses)))</p>\n<ol class=\"toc\">\n"
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
