import XCTest
import LessonPrelude
@testable import LessonKit

/// The exported `main.swift`: displayed values become explicit prints, cells are marked and
/// located, `error` and `ignore` cells are left out, saved declarations come first.
final class ExportProgramTests: XCTestCase {
    func testDisplayedExpressionIsWrapped() {
        XCTAssertEqual(SwiftProgramText.displaying("let x = 1\nx + 1\n"), "let x = 1\nlessonDisplay(x + 1)\n")
        XCTAssertEqual(SwiftProgramText.displaying("Xk.grad! .!= 0 // note\n"), "lessonDisplay(Xk.grad! .!= 0) // note\n")
        XCTAssertEqual(SwiftProgramText.displaying("print(\"é\"); \"你好\"\n"), "print(\"é\"); lessonDisplay(\"你好\")\n")
    }

    func testStatementsAndAssignmentsAreNotWrapped() {
        for source in ["let x = 1\n", "x = 2\n", "x += 2\n", "for i in 0..<2 { print(i) }\n",
                       "func f() {}\n", "if true { 1 } else { 2 }\n", "X[0, 1] = 5\n"] {
            XCTAssertEqual(SwiftProgramText.displaying(source), source, source)
        }
    }

    func testLessonProgramKeepsOrderAndLeavesOutErrorAndIgnoreCells() throws {
        let text = """
        ---
        seed: 7
        ---

        ```swift save
        func twice(_ x: Int) -> Int { 2 * x }
        ```

        ```swift error
        undefinedThing
        ```

        ```output
        error: whatever
        ```

        ```swift ignore
        neverRun()
        ```

        ```swift
        print("hi")
        twice(21)
        ```
        """
        let lesson = Lesson.parse(text: text, file: "dir/a.md")
        let report = LessonRunner().run(lesson)
        let (program, main) = LessonProgram.make(report, prelude: [], target: "dir_a")
        XCTAssertEqual(program.cells.map(\.index), [0, 3])
        XCTAssertEqual(program.leftOut.map(\.index), [1, 2])
        XCTAssertEqual(program.cells.last?.interpreted, "hi\n42\n")
        XCTAssertEqual(program.cells.last?.line, 22)
        XCTAssertTrue(main.contains("manualSeed(7)\n"))
        XCTAssertTrue(main.contains("lessonCellStart(3)\n#sourceLocation(file: \"dir/a.md\", line: 22)\nprint(\"hi\")\nlessonDisplay(twice(21))\n#sourceLocation()\n"))
        XCTAssertFalse(main.contains("undefinedThing"))
        XCTAssertFalse(main.contains("neverRun"))
        XCTAssertTrue(main.contains("Cell 1 (line 10) is left out: marked error"))
    }

    func testSavedCellsOfEarlierLessonsComeBeforeTheSeed() {
        let earlier = Lesson.parse(text: "```swift save\nlet shared = 3\n```\n", file: "l/1.md")
        var text = SwiftProgramText()
        text.prelude = [SwiftProgramText.Piece(file: "l/1.md", cell: earlier.cells[0])]
        text.seed = 0
        let main = text.render()
        let declaration = try! XCTUnwrap(main.range(of: "let shared = 3"))
        let seed = try! XCTUnwrap(main.range(of: "manualSeed(0)"))
        XCTAssertLessThan(declaration.lowerBound, seed.lowerBound)
    }

    func testTargetNamesAreIdentifiersAndUnique() {
        var names = ProgramNames()
        XCTAssertEqual(names.unique(for: "lessons/5.1.1-cross-correlation.md", prefix: ""), "lessons_5_1_1_cross_correlation")
        XCTAssertEqual(names.unique(for: "lessons/5.1.1-cross+correlation.md", prefix: ""), "lessons_5_1_1_cross_correlation_2")
        XCTAssertEqual(names.unique(for: "./7.md", prefix: ""), "L7")
        XCTAssertEqual(names.unique(for: "G/loops.swift", prefix: "golden_"), "golden_G_loops")
    }

    func testGoldenProgramsRunAsOneCellAndDiagnosticsTestsAreLeftOut() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("export-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let runs = dir.appendingPathComponent("001-runs.swift"), fails = dir.appendingPathComponent("002-fails.swift")
        try "let x = 2\nprint(x * 3)\nx + 1\n".write(to: runs, atomically: true, encoding: .utf8)
        try "// expect-error: cannot convert\nlet y: Int = \"s\"\n".write(to: fails, atomically: true, encoding: .utf8)

        let (ran, main) = try GoldenProgram.make(file: runs.path, target: "golden_runs")
        XCTAssertEqual(ran.cells.map(\.interpreted), ["6\n3\n"])
        XCTAssertTrue(main.contains("print(x * 3)\nlessonDisplay(x + 1)\n"))
        XCTAssertFalse(main.contains("import ConvEngine"))

        let (failed, _) = try GoldenProgram.make(file: fails.path, target: "golden_fails")
        XCTAssertTrue(failed.cells.isEmpty)
        XCTAssertEqual(failed.leftOut.first?.reason, "marked // expect-error: (a diagnostics test)")
    }

    func testStringLiteralEscapesPaths() {
        XCTAssertEqual(SwiftProgramText.stringLiteral(#"a"b\c"#), #""a\"b\\c""#)
    }

    func testPreludeMarksCellsAndPassesHoldingExpectations() {
        XCTAssertEqual(lessonCellMarker(12), "\u{1E}cell 12")
        expect(1 + 1 == 2, "arithmetic")
        expect(true)
        XCTAssertEqual(expectationFailurePrefix, "expectation failed: ")
    }
}
