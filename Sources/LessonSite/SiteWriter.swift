import Foundation

/// Writes a static site that works when opened from disk: `index.html`, one page per lesson,
/// `assets/site.css` and, when available, `assets/katex/`. All links are relative.
public enum SiteWriter {
    /// Writes the site into `dir` (created if needed) and returns the files written, relative
    /// to `dir`, in writing order.
    @discardableResult
    public static func write(lessons: [SiteLesson], to dir: URL, options: SiteOptions = SiteOptions()) throws -> [String] {
        let assets = dir.appendingPathComponent("assets")
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: dir.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw SiteError(path: dir.path, message: "is a file, not a folder: give -o a folder for the site")
        }
        do {
            try FileManager.default.createDirectory(at: assets, withIntermediateDirectories: true)
        } catch {
            throw SiteError(path: assets.path, message: "cannot create folder: \(error.localizedDescription)")
        }
        var written: [String] = []
        try save(SiteStylesheet.css, to: dir, relativePath: "assets/site.css", written: &written)
        var mathEnabled = false
        if let katex = options.katexDirectory {
            mathEnabled = try KaTeXAssets.install(from: katex, into: assets)
            if mathEnabled { written.append("assets/katex/") }
        }
        let plan = SitePlan(lessons: lessons)
        let template = PageTemplate(siteTitle: options.title, mathEnabled: mathEnabled)
        for index in plan.pages.indices {
            let page = LessonPage(template: template, plan: plan, index: index)
            try save(page.html, to: dir, relativePath: plan.pages[index].fileName, written: &written)
        }
        // The contents page has no formulas, so it does without KaTeX.
        let indexTemplate = PageTemplate(siteTitle: options.title, mathEnabled: false)
        let indexPage = IndexPage(template: indexTemplate, plan: plan, lang: options.indexLanguage)
        try save(indexPage.html, to: dir, relativePath: "index.html", written: &written)
        return written
    }

    private static func save(_ text: String, to dir: URL, relativePath: String, written: inout [String]) throws {
        let url = dir.appendingPathComponent(relativePath)
        do {
            try Data(text.utf8).write(to: url)
        } catch {
            throw SiteError(path: url.path, message: "cannot write: \(error.localizedDescription)")
        }
        written.append(relativePath)
    }
}
