import Foundation
import XCTest
@testable import LessonKit

/// Real PyTorch 2.x tensor printouts (from the shared oracle, in ConvEngineTests/Fixtures/): the
/// tolerant comparison must read every printed number and every shape.
final class TorchReprTests: XCTestCase {
    private struct Entry: Decodable {
        let id: String
        let shape: [Int]
        let bits: [UInt32]
        let repr: String
    }

    private func entries() throws -> [Entry] {
        // The engine's copy of the oracle corpus: one fixture file serves both test targets.
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ConvEngineTests/Fixtures/torch-repr.jsonl")
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Entry.self, from: Data($0.utf8)) }
    }

    func testShapesAndValuesOfEveryUnsummarizedRepr() throws {
        let all = try entries()
        XCTAssertEqual(all.count, 300)
        var checked = 0
        for entry in all where !entry.repr.contains("...") {
            XCTAssertEqual(TensorShape.shapes(in: entry.repr), [entry.shape], entry.id)
            let numbers = NumericTokens(entry.repr).tokens.compactMap { located -> Double? in
                if case .number(let value, _) = located.token { return value } else { return nil }
            }
            let values = entry.bits.map { Double(Float(bitPattern: $0)) }
            XCTAssertEqual(numbers.count, values.count, entry.id)
            for (printed, value) in zip(numbers, values) where !ApproximateMatcher.isClose(printed, value, atol: 1e-4, rtol: 1e-4) {
                XCTFail("\(entry.id): printed \(printed) for \(value)")
                break
            }
            checked += 1
        }
        XCTAssertGreaterThan(checked, 200)
    }

    func testReprMatchesItselfRewrappedButNotWithAnExtraDimension() throws {
        let options = OutputOptions(approx: true)
        var rewrapped = 0, reshaped = 0
        for entry in try entries() where entry.repr.hasPrefix("tensor(") {
            if entry.repr.contains("\n") {
                let oneLine = entry.repr.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
                XCTAssertEqual(OutputMatcher.compare(expected: entry.repr, actual: oneLine, options: options), .match, entry.id)
                rewrapped += 1
            }
            if let lastBracket = entry.repr.lastIndex(of: "]") {
                var deeper = entry.repr
                deeper.insert("]", at: deeper.index(after: lastBracket))
                deeper = deeper.replacingOccurrences(of: "tensor([", with: "tensor([[")
                guard case .mismatch(let mismatch) = OutputMatcher.compare(expected: entry.repr, actual: deeper, options: options) else {
                    XCTFail("\(entry.id): an extra dimension matched")
                    continue
                }
                if !entry.repr.contains("...") {
                    XCTAssertEqual(mismatch.summary, "tensor 1 has shape \([1] + entry.shape), expected \(entry.shape)", entry.id)
                }
                reshaped += 1
            }
        }
        XCTAssertGreaterThan(rewrapped, 100)
        XCTAssertGreaterThan(reshaped, 200)
    }
}
