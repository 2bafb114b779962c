import Foundation

/// Where each lesson goes and what comes before and after it: the reading order is by section
/// number within each language, and every page sits at the site root so relative links work.
struct SitePlan {
    struct Page {
        let lesson: SiteLesson
        let fileName: String
        var previous: Int?
        var next: Int?
    }

    /// Languages in order of first appearance, each with its pages' indices in reading order.
    let languages: [(lang: String, pages: [Int])]
    let pages: [Page]

    init(lessons: [SiteLesson]) {
        var order: [String] = []
        var grouped: [String: [SiteLesson]] = [:]
        for lesson in lessons {
            if grouped[lesson.lang] == nil { order.append(lesson.lang) }
            grouped[lesson.lang, default: []].append(lesson)
        }
        var pages: [Page] = []
        var languages: [(String, [Int])] = []
        var usedNames: Set<String> = ["index.html"]
        for lang in order {
            let sorted = Self.sortedBySection(grouped[lang] ?? [])
            var indices: [Int] = []
            for lesson in sorted {
                let name = Self.uniqueFileName(for: lesson, used: &usedNames)
                indices.append(pages.count)
                pages.append(Page(lesson: lesson, fileName: name))
            }
            for (position, index) in indices.enumerated() {
                pages[index].previous = position > 0 ? indices[position - 1] : nil
                pages[index].next = position + 1 < indices.count ? indices[position + 1] : nil
            }
            languages.append((lang, indices))
        }
        self.pages = pages
        self.languages = languages
    }

    /// Each lesson's page, by slug: where links between lessons lead.
    var fileNamesBySlug: [String: String] {
        Dictionary(pages.map { ($0.lesson.slug, $0.fileName) }, uniquingKeysWith: { first, _ in first })
    }

    /// Stable sort by the numeric parts of the section ("5.1.10" after "5.1.9"); lessons
    /// without a number keep their given order after the numbered ones.
    static func sortedBySection(_ lessons: [SiteLesson]) -> [SiteLesson] {
        lessons.enumerated().sorted { a, b in
            let left = sectionKey(a.element.section), right = sectionKey(b.element.section)
            if left != right {
                if left.isEmpty { return false }
                if right.isEmpty { return true }
                return left.lexicographicallyPrecedes(right)
            }
            return a.offset < b.offset
        }.map(\.element)
    }

    static func sectionKey(_ section: String) -> [Int] {
        let parts = section.split(separator: ".").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        return parts.contains(nil) ? [] : parts.compactMap { $0 }
    }

    /// The slug with anything but letters, digits, `.`, `_` and `-` replaced by `-`
    /// (`zh/5.1.1-x` becomes `zh-5.1.1-x.html`); clashes get the language, then a number.
    static func fileName(forSlug slug: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        var name = String(slug.map { allowed.contains($0) ? $0 : "-" })
        while name.hasPrefix(".") || name.hasPrefix("-") { name.removeFirst() }
        return (name.isEmpty ? "lesson" : name) + ".html"
    }

    private static func uniqueFileName(for lesson: SiteLesson, used: inout Set<String>) -> String {
        let base = String(fileName(forSlug: lesson.slug).dropLast(5))
        var candidates = [base, base + "-" + fileName(forSlug: lesson.lang).dropLast(5)]
        candidates += (2...1000).map { "\(base)-\($0)" }
        // Compared without case: on macOS and Windows `A.html` and `a.html` are one file.
        for candidate in candidates where !used.contains(candidate.lowercased() + ".html") {
            used.insert(candidate.lowercased() + ".html")
            return candidate + ".html"
        }
        return base + "-\(used.count).html"
    }
}
