import Foundation

/// Grades as files: JSON (rows plus a per-student total) and CSV (one row per student and
/// exercise, RFC 4180 quoting), both in the order students and exercises were graded.
public enum GradeReport {
    public static let csvColumns = ["student", "lesson", "exercise", "status", "checks_passed", "checks_total",
                                    "hidden_passed", "hidden_total", "score", "failed_check", "message"]

    public static func csv(_ rows: [GradeRow]) -> String {
        var out = csvColumns.joined(separator: ",") + "\n"
        for row in rows {
            let fields = [row.student, row.lesson, row.exercise, row.status.rawValue, String(row.checksPassed),
                          String(row.checksTotal), String(row.hiddenPassed), String(row.hiddenTotal),
                          number(row.score), row.failedCheck.map(String.init) ?? "", row.message ?? ""]
            out += fields.map(quoted).joined(separator: ",") + "\n"
        }
        return out
    }

    public static func json(_ rows: [GradeRow]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Document(results: rows, students: totals(rows)))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Per student: exercises solved out of graded, and the mean score.
    public static func totals(_ rows: [GradeRow]) -> [StudentTotal] {
        var order: [String] = []
        var byStudent: [String: [GradeRow]] = [:]
        for row in rows {
            if byStudent[row.student] == nil { order.append(row.student) }
            byStudent[row.student, default: []].append(row)
        }
        return order.map { student in
            let mine = byStudent[student] ?? []
            let mean = mine.isEmpty ? 0 : mine.map(\.score).reduce(0, +) / Double(mine.count)
            return StudentTotal(student: student, solved: mine.filter { $0.status == .solved }.count,
                                exercises: mine.count, score: (mean * 10000).rounded() / 10000)
        }
    }

    public struct StudentTotal: Codable, Sendable, Hashable {
        public let student: String
        public let solved: Int
        public let exercises: Int
        public let score: Double
    }

    struct Document: Codable {
        let results: [GradeRow]
        let students: [StudentTotal]
    }

    /// `1`, `0.5`, `0.6667`: no trailing zeros, never exponent notation.
    public static func number(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
