import XCTest
@testable import ConvEngine

/// Every case of the PyTorch reference corpora, checked in `swift test`.
final class ConformanceTests: XCTestCase {
    func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    func checkCorpus(_ name: String, expectedCases: Int) throws {
        let report = try Conformance.check(fileAt: fixture(name))
        XCTAssertEqual(report.passed + report.failed, expectedCases)
        for failure in report.failures { XCTFail("\(name) \(failure)") }
    }

    func testReprCorpus() throws { try checkCorpus("torch-repr.jsonl", expectedCases: 300) }
    func testRandomCorpus() throws { try checkCorpus("torch-randn.jsonl", expectedCases: 100) }
    func testCorr2dCorpus() throws { try checkCorpus("torch-corr2d.jsonl", expectedCases: 100) }
    func testSumCorpus() throws { try checkCorpus("torch-sums.jsonl", expectedCases: 230) }
    func testMatmulCorpus() throws { try checkCorpus("torch-matmul.jsonl", expectedCases: 40) }

    func testUnknownFormatAndBadJSONFail() {
        XCTAssertNotNil(Conformance.check(line: "{\"id\": \"x\", \"foo\": 1}").1)
        XCTAssertNotNil(Conformance.check(line: "not json").1)
    }

    func testHugeDrawIsRefusedNotAttempted() throws {
        let path = NSTemporaryDirectory() + "huge-draw-\(ProcessInfo.processInfo.processIdentifier).jsonl"
        try "{\"id\": \"h\", \"seed\": 1, \"draws\": [{\"fn\": \"randn\", \"shape\": [100000, 100000], \"bits\": []}]}\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let report = try Conformance.check(fileAt: path)
        XCTAssertEqual(report.failed, 1)
        XCTAssertTrue(report.failures[0].contains("too large"), report.failures[0])
    }

    func testWrongReprIsReported() {
        let line = "{\"id\": \"r\", \"shape\": [1], \"bits\": [1065353216], \"kind\": \"int\", \"repr\": \"tensor([2.])\"}"
        XCTAssertNotNil(Conformance.check(line: line).1)
    }
}
