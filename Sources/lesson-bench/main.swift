import Foundation
import LessonKit
import LessonSite
import Swiftlet

/// Benchmarks of the lesson runner in-process, one JSON line per case (run a release build):
/// the book's loop-and-slice corr2d written in the lesson language, every shipped lesson run
/// and checked, and the same run rendered to a site. `scripts/bench-lessons` compares them
/// with Python in the same run.
let arguments = CommandLine.arguments.dropFirst()
let lessonsFolder = arguments.first ?? "lessons"
let repeats = 15

func median(_ times: [Double]) -> Double { times.sorted()[times.count / 2] }

func measure(_ name: String, repeats: Int = repeats, _ body: () throws -> Void) rethrows {
    try body()  // warm-up
    var times: [Double] = []
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    print("{\"case\": \"\(name)\", \"median_ms\": \(String(format: "%.3f", median(times))), \"min_ms\": \(String(format: "%.3f", times.min()!))}")
}

/// The book's corr2d, as lessons write it, on a 128x128 input with a 3x3 kernel.
let corr2dLesson = Lesson.parse(text: """
```swift
func corr2d(_ X: Tensor, _ K: Tensor) -> Tensor {
    let h = K.shape[0], w = K.shape[1]
    let Y = zeros(X.shape[0] - h + 1, X.shape[1] - w + 1)
    for i in 0..<Y.shape[0] {
        for j in 0..<Y.shape[1] {
            Y[i, j] = (X[i..<i + h, j..<j + w] * K).sum()
        }
    }
    return Y
}
let X = randn(128, 128)
let K = randn(3, 3)
let Y = corr2d(X, K)
print(Y.shape)
```
""", file: "bench.md")

/// What every lesson run pays before its code: a session, the engine's bindings, one cell.
let oneLineLesson = Lesson.parse(text: "```swift\nlet X = randn(128, 128)\nprint(X.shape)\n```\n", file: "one-line.md")

let runner = LessonRunner()
// On a thread with the interpreter's stack, as `lesson test` runs every lesson.
Session.onEvaluatorStacks(count: 1) { _ in
    measure("lesson-language corr2d 128x128 k3x3 (book's loop-and-slice)") {
        let report = runner.run(corr2dLesson)
        precondition(report.outcomes.first?.actual == "[126, 126]\n", "benchmark lesson failed: \(report.outcomes)")
    }
    measure("lesson-language one-line lesson (the fixed cost inside the corr2d case)") {
        let report = runner.run(oneLineLesson)
        precondition(report.outcomes.first?.actual == "[128, 128]\n", "one-line lesson failed: \(report.outcomes)")
    }
}

let files = try LessonDiscovery.files(in: [lessonsFolder])
measure("lesson test: \(files.count) lessons, parse + run + check") {
    let reports = try! LessonSuite(files: files).run()
    precondition(reports.allSatisfy(\.succeeded), "a lesson failed")
}

let site = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-bench-site-\(getpid())")
measure("lesson render: \(files.count) lessons, run + check + write site") {
    let reports = try! LessonSuite(files: files).run()
    let slugs = SiteConversion.slugs(for: files)
    let lessons = zip(reports, slugs).map { SiteConversion.lesson($0, slug: $1, unsafe: false) }
    _ = try! SiteWriter.write(lessons: lessons, to: site)
}
try? FileManager.default.removeItem(at: site)
