import XCTest
import ConvEngine
@testable import LessonKit

/// Which `save` cells each lesson sees: those of the lessons before it in its own folder, in
/// numeric order, including lessons not named on the command line.
final class SavedCellsTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("saved-cells-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("ch5"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("ch6"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    private func write(_ name: String, saving declaration: String?) throws -> String {
        let path = root.appendingPathComponent(name).path
        let text = declaration.map { "```swift save\n\($0)\n```\n\n```swift\nprint(1)\n```\n" } ?? "```swift\nprint(1)\n```\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The saved declarations, without the newline each source line ends in.
    private func sources(_ cells: [SavedCell]) -> [String] { cells.map { String($0.cell.source.dropLast()) } }

    /// Saved cells draw from a fresh process's generator, as the compiled export runs them
    /// (before the lesson's `manualSeed`): the same numbers before every lesson, whatever its seed.
    func testSavedCellsDrawAsAFreshProcessDoes() throws {
        let saver = Lesson.parse(text: "```swift save\nlet base = randn(2)\n```\n", file: "a.md")
        let prelude = saver.cells.map { SavedCell(file: "a.md", cell: $0) }
        func printed(seed: Int) -> String {
            let lesson = Lesson.parse(text: "---\nseed: \(seed)\n---\n```swift\nprint(base)\n```\n", file: "b.md")
            return LessonRunner().run(lesson, prelude: prelude).outcomes[0].actual
        }
        let fresh = randn(2, generator: Generator(seed: Generator.defaultSeed))
        XCTAssertEqual(printed(seed: 5), "\(fresh)\n")
        XCTAssertEqual(printed(seed: 7), printed(seed: 5))
    }

    func testEachLessonSeesTheSavedCellsOfEarlierLessonsInItsFolder() throws {
        let a = try write("ch5/5.1.md", saving: "let a = 1")
        let b = try write("ch5/5.2.md", saving: nil)
        let c = try write("ch5/5.10.md", saving: "let c = 3")
        // Not named below, yet earlier in the folder: its saved cell counts.
        _ = try write("ch5/5.9.md", saving: "let nine = 9")
        let other = try write("ch6/6.1.md", saving: "let six = 6")
        let files = [a, b, c, other]
        let loaded = Dictionary(uniqueKeysWithValues: files.map { ($0, Lesson.parse(text: try! String(contentsOfFile: $0, encoding: .utf8), file: $0)) })

        let all = LessonDiscovery.savedCells(before: files, loaded: loaded)
        XCTAssertEqual(all.map(sources), [[], ["let a = 1"], ["let a = 1", "let nine = 9"], []],
                       "5.10 follows 5.9 (numeric order); another folder's cells are not seen")
        XCTAssertEqual(all[2].map(\.file), [a, root.appendingPathComponent("ch5/5.9.md").path])
        // The one-lesson form agrees with the batch.
        for (file, cells) in zip(files, all) {
            XCTAssertEqual(sources(LessonDiscovery.savedCells(before: file, loaded: loaded)), sources(cells), file)
        }
    }

    /// A whole folder at once: each lesson sees every earlier one, and only those.
    func testAFolderOfManyLessons() throws {
        let files = try (1...60).map { try write("ch5/5.\($0).md", saving: "let v\($0) = \($0)") }
        let cells = LessonDiscovery.savedCells(before: files, loaded: [:])
        for (i, seen) in cells.enumerated() {
            XCTAssertEqual(sources(seen), (0..<i).map { "let v\($0 + 1) = \($0 + 1)" }, files[i])
        }
    }
}
