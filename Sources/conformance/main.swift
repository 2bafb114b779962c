import ConvEngine
import Foundation

/// Checks the engine against PyTorch reference corpora: `conformance FILE...`.
let files = Array(CommandLine.arguments.dropFirst())
if files.isEmpty {
    FileHandle.standardError.write("usage: conformance FILE.jsonl...\n".data(using: .utf8)!)
    exit(2)
}
var passed = 0, failed = 0
for path in files {
    do {
        let report = try Conformance.check(fileAt: path)
        for f in report.failures.prefix(5) { print("FAIL \(report.file) \(f)") }
        print("\(report.file): \(report.passed)/\(report.passed + report.failed)")
        passed += report.passed
        failed += report.failed
    } catch {
        print("\((path as NSString).lastPathComponent): cannot read (\(error))")
        failed += 1
    }
}
print("\(passed) passed, \(failed) failed")
exit(failed == 0 ? 0 : 1)
