/// One lesson page: header, title, status badge, the blocks, and previous/next links.
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
        body += "<span class=\"lesson-title\">\(HTML.escape(lesson.title))</span></h1>\n"
        body += "<p class=\"lesson-meta\"><span class=\"badge badge-\(lesson.status.rawValue)\">\(HTML.escape(strings.badgeText(lesson.status)))</span></p>\n"
        if !lesson.problems.isEmpty {
            body += "<ul class=\"lesson-problems\">\n"
            for problem in lesson.problems { body += "<li>\(HTML.escape(problem))</li>\n" }
            body += "</ul>\n"
        }
        let renderer = BlockRenderer(strings: strings)
        var blocks = ""
        for block in lesson.blocks { blocks += renderer.render(block) }
        body += LessonLinkMarkers.resolve(blocks, fileNames: plan.fileNamesBySlug) + "</main>\n"
        var links = ""
        if let previous = page.previous {
            links += link(to: plan.pages[previous], rel: "prev", direction: "← " + strings.previous)
        }
        if let next = page.next {
            links += link(to: plan.pages[next], rel: "next", direction: strings.next + " →")
        }
        if !links.isEmpty { body += "<nav class=\"pager\">\(links)</nav>\n" }
        let heading = lesson.section.isEmpty ? lesson.title : "\(lesson.section) \(lesson.title)"
        return template.document(lang: lesson.lang, title: "\(heading) · \(template.siteTitle)",
                                 bodyClass: "lesson-page", body: body)
    }

    private func link(to page: SitePlan.Page, rel: String, direction: String) -> String {
        let label = page.lesson.section.isEmpty ? page.lesson.title : "\(page.lesson.section) \(page.lesson.title)"
        return "<a rel=\"\(rel)\" href=\"\(HTML.escape(page.fileName))\"><span class=\"pager-direction\">\(HTML.escape(direction))</span>\(HTML.escape(label))</a>"
    }
}
