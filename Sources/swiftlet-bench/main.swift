import Foundation
import Swiftlet

/// `swiftlet-bench`            : timing of the hot loop and of a typical 30-line cell.
/// `swiftlet-bench run FILE`   : runs FILE as one cell and prints its output (and error).
let args = CommandLine.arguments

func runFile(_ path: String) -> Int32 {
    guard let src = try? String(contentsOfFile: path, encoding: .utf8) else { print("cannot read \(path)"); return 2 }
    let session = Session(limits: Limits(timeLimit: 2, maxCallDepth: 500))
    let r = session.run(source: src, file: path)
    print(r.output, terminator: "")
    if let e = r.error { print("error: \(e.range.start.line):\(e.range.start.column): \(e.message)"); return 1 }
    return 0
}

if args.count >= 3 && args[1] == "run" { exit(runFile(args[2])) }

func time(_ label: String, repeat n: Int = 1, _ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<n { body() }
    let s = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 / Double(n)
    print("\(label): \(String(format: "%.4f", s)) s")
    return s
}

let cellOnly = args.count >= 2 && args[1] == "cell"
let loop = cellOnly ? "var s = 0" : "var s = 0\nfor i in 0..<10_000_000 { s += i * i % 7 }\nprint(s)"
let session = Session()
let loopTime = time("swiftlet loop 10M") {
    let r = session.run(source: loop)
    if let e = r.error { print("error: \(e)") }
}

let cell = """
struct Point {
    var x: Double
    var y: Double
    func norm() -> Double { (x * x + y * y).squareRoot() }
}
func corr(_ a: [Double], _ k: [Double]) -> [Double] {
    var out: [Double] = []
    for i in 0..<(a.count - k.count + 1) {
        var s = 0.0
        for j in 0..<k.count { s += a[i + j] * k[j] }
        out.append(s)
    }
    return out
}
let p = Point(x: 3, y: 4)
let xs = [1.0, 2.0, 3.0, 4.0, 5.0]
let ys = corr(xs, [1, -1])
var total = 0
for (i, v) in ys.enumerated() where i % 2 == 0 {
    total += Int(v)
}
let names = ["a", "b", "c"].map { $0.uppercased() }
if let first = names.first {
    print(first, p.norm(), total)
}
let label = "sum = \\(ys.reduce(0, +))"
print(label)
print(String(format: "%.3f", p.norm()))
"""
// As in a lesson: one session, cells run in it (re-running redeclares the same names), on a
// thread with the interpreter's stack, as the runner's workers are.
nonisolated(unsafe) var cellTime = 0.0
Session.onEvaluatorStacks(count: 1) { _ in
    let cellSession = Session()
    if let e = cellSession.run(source: "import Foundation").error { print("error: \(e)") }
    if let e = cellSession.run(source: cell).error { print("error: \(e)") }
    // The median of single runs: this machine is shared, and a mean absorbs every pause of
    // another process; the mean is printed too.
    var runs: [Double] = []
    for _ in 0..<300 {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = cellSession.run(source: cell)
        runs.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let firstRuns = runs.prefix(50).reduce(0, +) / 50, lastRuns = runs.suffix(50).reduce(0, +) / 50
    print(String(format: "first 50 runs: %.3f ms each, last 50: %.3f ms each", firstRuns * 1e3, lastRuns * 1e3))
    runs.sort()
    cellTime = runs[runs.count / 2]
    let mean = runs.reduce(0, +) / Double(runs.count)
    print(String(format: "typical 30-line cell (parse+lower+run): median %.3f ms, mean %.3f ms, fastest %.3f ms over %d runs",
                 cellTime * 1e3, mean * 1e3, runs[0] * 1e3, runs.count))
}
print(String(format: "RESULT loop_s=%.4f cell_ms=%.3f", loopTime, cellTime * 1000))
