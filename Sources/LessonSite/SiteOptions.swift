import Foundation

/// Choices for a whole site.
public struct SiteOptions: Sendable {
    /// The site's name, shown in every page header and as the index heading.
    public var title: String
    /// The language of the index page (`<html lang>`); lesson pages use their own.
    public var indexLanguage: String
    /// Where Debian's libjs-katex lives. When the folder holds KaTeX, it is copied into
    /// `assets/katex/` and pages typeset their math; when it is nil or missing, the TeX stays
    /// readable as written.
    public var katexDirectory: URL?

    public static let debianKaTeX = URL(fileURLWithPath: "/usr/share/javascript/katex", isDirectory: true)

    public init(title: String = "Lessons", indexLanguage: String = "en",
                katexDirectory: URL? = SiteOptions.debianKaTeX) {
        self.title = title
        self.indexLanguage = indexLanguage
        self.katexDirectory = katexDirectory
    }
}

/// A failure to write the site, with the path it concerns.
public struct SiteError: Error, CustomStringConvertible, Equatable {
    public let path: String
    public let message: String

    public var description: String { "\(path): \(message)" }
}
