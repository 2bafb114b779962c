import XCTest
@testable import LessonKit

/// Lessons assembled at random from awkward pieces (CRLF, BOM, tabs, Chinese, unclosed and
/// nested fences, stray outputs, dollars): parsing, rendering and updating must never crash,
/// and an update must be stable (a second identical update changes nothing).
final class RandomLessonTests: XCTestCase {
    private struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    private let pieces = [
        "# 标题\n", "Prose with $a*b*c$ and `$x$`.\n", "\n", "\t\tindented\n", "> quote\n",
        "- item\n  ```swift\n  nested\n  ```\n", "```swift\nlet x = 1\n```\n", "```swift hidden\nprint(\"你好\")\n```\n",
        "```output\nold\n```\n", "````output approx\n1.0\n````\n", "```swift bogus\nx\n```\n", "~~~python\nprint()\n~~~\n",
        "```swift ignore\nbroken(\n```\n", "$$\n\\sum_i x_i\n$$\n", "<div>html</div>\n", "```output ellipsis\n...\n```\n",
        "text without newline", "```swift\nunclosed at the end?\n", "```output\n```\n", "```swift\n```\n",
    ]

    func testRandomLessonsParseRenderAndUpdateStably() throws {
        var random = SplitMix(state: 2024)
        var updated = 0, rewritten = 0
        for round in 0..<300 {
            var text = (0..<Int(random.next() % 8 + 1)).map { _ in random.pick(pieces) }.joined()
            if random.next() % 3 == 0 { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            if random.next() % 5 == 0 { text = "\u{FEFF}" + text }
            if random.next() % 4 == 0 { text = "---\ntitle: R\(round)\natol: 0.1\n---\n" + text }
            let lesson = Lesson.parse(text: text, file: "r.md")
            for case .prose(let prose) in lesson.blocks { _ = renderHTML(markdown: prose.markdown) }
            let outputs = Dictionary(uniqueKeysWithValues: lesson.cells.map { ($0.index, "out \($0.index)\n```\n") })
            let blocked = lesson.diagnostics.contains { $0.kind == .unclosedFence || $0.kind == .invalidUTF8 }
            if !blocked {
                let same = Dictionary(uniqueKeysWithValues: lesson.cells.compactMap { cell in cell.expected.map { (cell.index, $0.text) } })
                let rewrite = try LessonUpdater(lesson: lesson).update(actualOutputs: same, policy: .all)
                XCTAssertEqual(rewrite.text, text, "round \(round): rewriting outputs with their own text changes no byte")
            }
            do {
                let first = try LessonUpdater(lesson: lesson).update(actualOutputs: outputs, addMissing: true)
                XCTAssertFalse(blocked, "round \(round)")
                updated += 1
                rewritten += first.rewrittenCells.count + first.addedCells.count
                let reparsed = Lesson.parse(text: first.text, file: "r.md")
                XCTAssertEqual(reparsed.cells.count, lesson.cells.count, "round \(round): \(first.text.debugDescription)")
                XCTAssertEqual(reparsed.diagnostics.count, lesson.diagnostics.count, "round \(round): \(first.text.debugDescription)")
                let second = try LessonUpdater(lesson: reparsed).update(actualOutputs: outputs, addMissing: true)
                XCTAssertTrue(second.changesNothing, "round \(round): \(first.text.debugDescription)")
                XCTAssertEqual(second.text, first.text)
                for cell in reparsed.cells where !cell.attributes.ignore {
                    guard let expected = cell.expected else { continue }
                    if !expected.options.nondeterministic, !expected.options.ellipsis {
                        XCTAssertEqual(expected.compare(actual: outputs[cell.index] ?? ""), .match, "round \(round)")
                    }
                }
            } catch {
                XCTAssertTrue(blocked, "round \(round): \(error)")
            }
        }
        XCTAssertGreaterThan(updated, 100, "most random lessons can be updated")
        XCTAssertGreaterThan(rewritten, 150, "updates really rewrite and add output blocks")
    }

    func testRandomBytesNeverCrash() {
        var random = SplitMix(state: 7)
        let alphabet: [UInt8] = Array("`~$\\*_[]()>-#\n\r\t 1.e".utf8) + [0xE4, 0xBD, 0xA0, 0xFF, 0xC0, 0x80, 0xEF, 0xBB, 0xBF, 0x00]
        for _ in 0..<1500 {
            let bytes = (0..<Int(random.next() % 120)).map { _ in random.pick(alphabet) }
            let lesson = Lesson.parse(data: Data(bytes), file: "b.md")
            _ = try? LessonUpdater(lesson: lesson).update(actualOutputs: [0: "x"], addMissing: true)
            _ = renderHTML(markdown: lesson.source)
            _ = OutputMatcher.compare(expected: lesson.source, actual: "1.0 tensor([[", options: OutputOptions(approx: true, ellipsis: true))
        }
    }
}
