import Foundation
import XCTest

/// Every input a fuzzer once crashed on (or that broke an invariant) is kept under
/// Fuzz/regressions/ and replayed here through the same harness, uninstrumented.
final class FuzzRegressionTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz/regressions")

    static func inputs(_ target: String) throws -> [URL] {
        let folder = root.appendingPathComponent(target)
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") && $0.lastPathComponent != "README.md" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    func testMarkdownRegressions() throws {
        let inputs = try Self.inputs("markdown")
        XCTAssertFalse(inputs.isEmpty, "no saved inputs under \(Self.root.path)/markdown")
        for url in inputs {
            XCTAssertEqual(FuzzHarness.markdown(try Data(contentsOf: url)), [], url.lastPathComponent)
        }
    }

    func testSwiftletRegressions() throws {
        let inputs = try Self.inputs("swiftlet")
        XCTAssertFalse(inputs.isEmpty, "no saved inputs under \(Self.root.path)/swiftlet")
        for url in inputs {
            XCTAssertEqual(FuzzHarness.swiftlet(try Data(contentsOf: url)), [], url.lastPathComponent)
        }
    }
}
