/// The few words of interface text, in the page's own language (English unless Chinese).
struct SiteStrings {
    let chinese: Bool

    init(lang: String) {
        chinese = Self.isChinese(lang)
    }

    var contents: String { chinese ? "目录" : "Contents" }
    var previous: String { chinese ? "上一节" : "Previous" }
    var next: String { chinese ? "下一节" : "Next" }
    var output: String { chinese ? "输出" : "Output" }
    /// Label of a checked cell that printed nothing: the badge still says it was checked.
    var noOutput: String { chinese ? "无输出" : "No output" }
    var diffSummary: String { chinese ? "与记录的输出的差异" : "Difference from the recorded output" }
    var errorSummary: String { chinese ? "运行出错" : "The error" }
    var noLessons: String { chinese ? "还没有课程。" : "No lessons yet." }
    var solution: String { chinese ? "参考答案" : "Solution" }
    func hint(_ number: Int) -> String { chinese ? "提示 \(number)" : "Hint \(number)" }

    /// "3 lessons: 2 passed, 1 failed", leaving out the counts that are zero.
    func tally(_ statuses: [SiteLesson.Status]) -> String {
        let passed = statuses.filter { $0 == .passed }.count
        let failed = statuses.filter { $0 == .failed }.count
        let unchecked = statuses.count - passed - failed
        if chinese {
            let parts = [(passed, "通过"), (failed, "失败"), (unchecked, "未检查")].filter { $0.0 > 0 }
            return "共 \(statuses.count) 课：" + parts.map { "\($0.1) \($0.0)" }.joined(separator: "，")
        }
        let parts = [(passed, "passed"), (failed, "failed"), (unchecked, "not checked")].filter { $0.0 > 0 }
        let noun = statuses.count == 1 ? "lesson" : "lessons"
        return "\(statuses.count) \(noun): " + parts.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }

    static func isChinese(_ lang: String) -> Bool {
        lang.lowercased() == "zh" || lang.lowercased().hasPrefix("zh-")
    }

    /// The heading of a language group on the index page.
    static func languageName(_ lang: String) -> String {
        switch lang.lowercased() {
        case "en": return "English"
        case _ where isChinese(lang): return "中文"
        default: return lang
        }
    }

    func badgeText(_ status: SiteLesson.Status) -> String {
        switch status {
        case .passed: return chinese ? "✓ 通过" : "✓ passed"
        case .failed: return chinese ? "✗ 失败" : "✗ failed"
        case .notChecked: return chinese ? "未检查" : "not checked"
        }
    }

    func badgeText(_ badge: SiteOutput.Badge) -> String {
        switch badge {
        case .passed: return chinese ? "✓ 与记录一致" : "✓ matches"
        case .failed: return chinese ? "✗ 不一致" : "✗ differs"
        case .error: return chinese ? "✗ 出错" : "✗ error"
        case .notChecked: return chinese ? "未检查" : "not checked"
        case .expectedError: return chinese ? "预期的错误" : "expected error"
        }
    }
}

extension SiteOutput.Badge {
    /// The CSS modifier shared with lesson statuses: `badge-passed`, `badge-failed`, ...
    var cssName: String {
        switch self {
        case .passed: return "passed"
        case .failed, .error: return "failed"
        case .notChecked: return "notChecked"
        case .expectedError: return "expectedError"
        }
    }
}
