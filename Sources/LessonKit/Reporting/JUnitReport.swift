import Foundation

/// JUnit XML for CI dashboards: a test suite per lesson, a test case per checked cell, and a
/// failing case for each problem in the lesson file itself.
public enum JUnitReport {
    public static func xml(_ reports: [LessonReport]) -> String {
        let tests = reports.reduce(0) { $0 + $1.passed + $1.failed + $1.skipped }
        let failures = reports.reduce(0) { $0 + $1.failed }
        let skipped = reports.reduce(0) { $0 + $1.skipped }
        let time = reports.reduce(0.0) { $0 + $1.seconds }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"lesson test\" tests=\"\(tests)\" failures=\"\(failures)\" skipped=\"\(skipped)\" time=\"\(seconds(time))\">\n"
        for report in reports { xml += suite(report) }
        xml += "</testsuites>\n"
        return xml
    }

    private static func suite(_ report: LessonReport) -> String {
        let file = report.lesson.file
        var cases = ""
        for outcome in report.outcomes {
            let cell = report.lesson.cells[outcome.cellIndex]
            let name = escape("cell \(outcome.cellIndex + 1) (line \(cell.firstCodeLine))")
            let open = "    <testcase classname=\"\(escape(file))\" name=\"\(name)\""
            switch outcome.status {
            case .passed: cases += open + "/>\n"
            case .notChecked: continue
            case .skipped: cases += open + "><skipped/></testcase>\n"
            case .failed(let failure):
                var body = failure.location + ": " + failure.message
                if case .mismatch(let diff) = failure.kind { body += "\n" + diff }
                cases += open + "><failure message=\"\(escape(failure.message))\">\(escape(body))</failure></testcase>\n"
            }
        }
        for problem in report.errorProblems {
            cases += "    <testcase classname=\"\(escape(file))\" name=\"\(escape("lesson file (line \(problem.line))"))\">"
            cases += "<failure message=\"\(escape(problem.message))\">\(escape(problem.description))</failure></testcase>\n"
        }
        let tests = report.passed + report.failed + report.skipped
        return "  <testsuite name=\"\(escape(file))\" tests=\"\(tests)\" failures=\"\(report.failed)\" skipped=\"\(report.skipped)\" time=\"\(seconds(report.seconds))\">\n"
            + cases + "  </testsuite>\n"
    }

    private static func seconds(_ s: Double) -> String { String(format: "%.3f", s) }

    /// XML text and attribute escaping; also drops characters XML 1.0 cannot hold.
    static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
