import Foundation
import XCTest
@testable import Swiftlet

/// Runs every program in Golden/: valid programs must print exactly their `.out` file (recorded
/// from real Swift by scripts/verify-golden); programs with `// expect-error: L:C text` must stop
/// with a diagnostic at that position whose message contains `text`.
final class GoldenTests: XCTestCase {
    static let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func goldenFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: Self.dir, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "swift" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    func testGoldenSuiteIsLarge() throws {
        XCTAssertGreaterThanOrEqual(try goldenFiles().count, 100)
    }

    func testGoldenPrograms() throws {
        var failures: [String] = []
        var count = 0
        for url in try goldenFiles() {
            count += 1
            let source = try String(contentsOf: url, encoding: .utf8)
            let name = url.lastPathComponent
            let session = Session(limits: Limits(timeLimit: 2, maxCallDepth: 500))
            let result = session.run(source: source, file: name)
            if let expect = source.components(separatedBy: "\n").first(where: { $0.contains("// expect-error: ") }) {
                let spec = expect.components(separatedBy: "// expect-error: ")[1]
                let parts = spec.split(separator: " ", maxSplits: 1).map(String.init)
                guard let err = result.error else { failures.append("\(name): expected error '\(spec)', got none; output: \(result.output)"); continue }
                let pos = "\(err.range.start.line):\(err.range.start.column)"
                if pos != parts[0] || !(parts.count < 2 || err.message.contains(parts[1])) {
                    failures.append("\(name): expected \(spec), got \(pos) \(err.message)")
                }
                let outURL = url.deletingPathExtension().appendingPathExtension("out")
                if let expected = try? String(contentsOf: outURL, encoding: .utf8), expected != result.output {
                    failures.append("\(name): output before the error differs:\n\(result.output)")
                }
                continue
            }
            let outURL = url.deletingPathExtension().appendingPathExtension("out")
            guard let expected = try? String(contentsOf: outURL, encoding: .utf8) else {
                failures.append("\(name): no .out file (run scripts/verify-golden --record)"); continue
            }
            if let e = result.error { failures.append("\(name): unexpected error \(e)"); continue }
            if result.output != expected {
                failures.append("\(name): output differs\n--- expected\n\(expected)--- got\n\(result.output)")
            }
        }
        XCTAssertGreaterThan(count, 0)
        XCTAssert(failures.isEmpty, "\(failures.count) golden failures:\n" + failures.joined(separator: "\n"))
    }
}
