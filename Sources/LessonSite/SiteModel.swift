/// The render model: everything a page needs, already decided by the runner.
/// It depends on no other module of the project, so the lead converts LessonKit's results into it.

/// One lesson as the site shows it. Hidden cells are simply left out of `blocks`.
public struct SiteLesson: Sendable, Equatable {
    /// Whether the lesson's recorded outputs were checked, and with what result.
    public enum Status: String, Sendable, Equatable {
        case passed, failed, notChecked
    }

    /// A stable name for the page; it becomes the file name (see `SitePaths.fileName`).
    public var slug: String
    public var title: String
    /// The section number as written in the lesson, such as "5.1.1".
    public var section: String
    /// A BCP 47 language tag: "en" or "zh".
    public var lang: String
    public var status: Status
    public var blocks: [SiteBlock]
    /// Problems with the lesson file itself (bad front matter, an unknown attribute, an output
    /// block without a cell), each as `line:column: message`, shown at the top of the page.
    public var problems: [String]

    public init(slug: String, title: String, section: String, lang: String = "en",
                status: Status, blocks: [SiteBlock], problems: [String] = []) {
        self.slug = slug
        self.title = title
        self.section = section
        self.lang = lang
        self.status = status
        self.blocks = blocks
        self.problems = problems
    }
}

/// One visible piece of a lesson, in document order.
public enum SiteBlock: Sendable, Equatable {
    /// Prose already turned into safe HTML by the Markdown wrapper; inserted verbatim.
    case prose(html: String)
    /// A Swift code cell and, when it has one, its output.
    case code(source: String, output: SiteOutput?)
    /// Any other fenced block (python, text, ...), shown as plain preformatted text.
    case otherFence(info: String, text: String)
    /// Shown folded, opened by the reader: an exercise's hints and solutions, which a reader
    /// should see only after trying.
    indirect case folded(FoldedKind, SiteBlock)

    public enum FoldedKind: Sendable, Equatable {
        /// The `number`-th hint of an exercise.
        case hint(number: Int)
        case solution
    }
}

/// The output of one code cell, with the verdict of the check.
public struct SiteOutput: Sendable, Equatable {
    public enum Badge: Sendable, Equatable {
        case passed
        /// The output differed from the recorded one; `diff` is shown under it.
        case failed(diff: String)
        /// The cell stopped with an error nobody expected; the error is shown under its output.
        case error(message: String)
        case notChecked
        /// The cell was marked `error` and failed as the lesson expected.
        case expectedError
    }

    public var text: String
    public var badge: Badge
    public var figures: [Figure]

    public init(text: String, badge: Badge, figures: [Figure] = []) {
        self.text = text
        self.badge = badge
        self.figures = figures
    }
}
