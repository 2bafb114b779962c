import Foundation
import LessonKit
import XCTest

/// `lesson update` never loses data, checked over generated documents: outside output blocks
/// not one byte changes, each rewritten block holds the new output, and a second update with
/// the same outputs changes nothing.
final class UpdatePropertyTests: XCTestCase {
    static let documents = 400

    func testOnlyOutputBlocksChangeAndUpdatingTwiceChangesNothing() throws {
        var updatedDocuments = 0, touchedBlocks = 0
        for seed in 0..<UInt64(Self.documents) {
            var generator = DocumentGenerator(seed: seed)
            let text = generator.document()
            let lesson = Lesson.parse(text: text, file: "gen.md")
            var outputs: [Int: String] = [:]
            for cell in lesson.cells where generator.random.chance(85) { outputs[cell.index] = generator.actualOutput() }
            let addMissing = generator.random.chance(70)
            let policy: LessonUpdater.Policy = generator.random.chance(50) ? .all : .mismatched
            let first: LessonUpdate
            do {
                first = try LessonUpdater(lesson: lesson).update(actualOutputs: outputs, addMissing: addMissing, policy: policy)
            } catch let error as LessonUpdateError {
                XCTAssertTrue(error.diagnostics.allSatisfy { $0.kind == .unclosedFence || $0.kind == .invalidUTF8 },
                              "seed \(seed): refused for \(error)")
                continue
            }
            updatedDocuments += 1
            touchedBlocks += first.rewrittenCells.count + first.addedCells.count
            let updated = Lesson.parse(text: first.text, file: "gen.md")
            let context = "seed \(seed)\nbefore: \(text.debugDescription)\nafter:  \(first.text.debugDescription)"

            XCTAssertEqual(Self.skeleton(of: updated, removingAddedBlocksComparedTo: lesson), Self.skeleton(of: lesson, removingAddedBlocksComparedTo: nil),
                           "bytes outside output blocks changed; \(context)")
            XCTAssertEqual(updated.cells.map(\.source), lesson.cells.map(\.source), context)
            XCTAssertEqual(updated.diagnostics.map(\.kind), lesson.diagnostics.map(\.kind), context)
            for cell in updated.cells {
                guard let actual = outputs[cell.index], let expected = cell.expected else { continue }
                let written = first.rewrittenCells.contains(cell.index) || first.addedCells.contains(cell.index)
                if written || policy == .mismatched {
                    XCTAssertTrue(OutputMatcher.compare(expected: expected.text, actual: actual, options: expected.options).isMatch,
                                  "cell \(cell.index) does not hold its output; \(context)")
                }
            }
            let second = try LessonUpdater(lesson: updated).update(actualOutputs: outputs, addMissing: addMissing, policy: .mismatched)
            XCTAssertTrue(second.changesNothing, "second update rewrote \(second.rewrittenCells) added \(second.addedCells); \(context)")
            XCTAssertEqual(second.text, first.text, context)
        }
        // The generator must really exercise the updater, or the properties prove nothing.
        XCTAssertGreaterThan(updatedDocuments, Self.documents / 2)
        XCTAssertGreaterThan(touchedBlocks, Self.documents)
    }

    /// The document with every output block (opening to closing fence line) replaced by a
    /// marker; in an updated document, blocks the update added are cut out entirely.
    static func skeleton(of lesson: Lesson, removingAddedBlocksComparedTo original: Lesson?) -> [UInt8] {
        let lines = SourceLines(lesson.source)
        var cuts: [(range: Range<Int>, replacement: [UInt8])] = []
        for block in lesson.blocks {
            guard case .output(let output, let owner) = block, let closing = output.fence.closingLine else { continue }
            let whole = lines.lineStarts[output.fence.openingLine - 1]..<lines.lineEnds[closing - 1]
            if let original, let owner, original.cells.indices.contains(owner), original.cells[owner].expected == nil,
               let cellClosing = lesson.cells[owner].fence.closingLine {
                // Added: from the end of the cell's closing line to the end of the new block.
                cuts.append((lines.lineEnds[cellClosing - 1]..<whole.upperBound, []))
            } else {
                cuts.append((whole, Array("<OUTPUT>".utf8)))
            }
        }
        var bytes = lines.bytes
        for cut in cuts.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(cut.range, with: cut.replacement)
        }
        return bytes
    }

    /// The skeleton itself must notice a changed prose byte, or the property above is empty.
    func testSkeletonSeesProseChanges() {
        let before = Lesson.parse(text: "Prose.\n\n```swift\nx\n```\n\n```output\n1\n```\n", file: "a.md")
        let after = Lesson.parse(text: "Prose!\n\n```swift\nx\n```\n\n```output\n2\n```\n", file: "a.md")
        let same = Lesson.parse(text: "Prose.\n\n```swift\nx\n```\n\n````output\n2\n3\n````\n", file: "a.md")
        XCTAssertNotEqual(Self.skeleton(of: after, removingAddedBlocksComparedTo: before), Self.skeleton(of: before, removingAddedBlocksComparedTo: nil))
        XCTAssertEqual(Self.skeleton(of: same, removingAddedBlocksComparedTo: before), Self.skeleton(of: before, removingAddedBlocksComparedTo: nil))
    }
}
