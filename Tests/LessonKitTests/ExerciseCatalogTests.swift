import XCTest
@testable import LessonKit

final class ExerciseCatalogTests: XCTestCase {
    func testReadsExercisesChecksHintsAndRegions() throws {
        let lesson = Lesson.parse(text: ExerciseFixture.key, file: "key.md")
        let catalog = ExerciseCatalog(lesson: lesson)
        XCTAssertEqual(catalog.issues, [])
        XCTAssertEqual(catalog.exercises.map(\.id), ["double", "answer"])
        let double = try XCTUnwrap(catalog.exercise("double"))
        XCTAssertEqual(double.prompt, "### Exercise: doubling\n\nWrite `double` so that it returns twice its input.")
        XCTAssertEqual(double.checks.map(\.kind), [.expectedOutput, .checkCell, .checkCell])
        XCTAssertEqual(double.checks.map(\.hidden), [false, false, true])
        XCTAssertEqual(double.checks.map(\.number), [1, 2, 3])
        XCTAssertEqual(double.hints.map(\.text), ["Multiply by two.", "`t * 2` is a tensor too."])
        XCTAssertEqual(double.regions.count, 1)
        XCTAssertEqual(double.regions[0].placeholder, "    return t\n")
        let answer = try XCTUnwrap(catalog.exercise("answer"))
        XCTAssertNil(answer.regions[0].placeholder)
        XCTAssertEqual(answer.regions[0].solutionLines?.count, 1)
    }

    func testReportsMalformedExercises() {
        let text = """
        ```swift exercise=a
        // BEGIN SOLUTION
        let a = 1
        ```

        ```swift check
        expect(true)
        ```

        ```swift
        // END SOLUTION
        ```

        ```hint exercise=nobody
        Who?
        ```

        ```swift exercise=b save
        // BEGIN SOLUTION
        let b = 1
        // PLACEHOLDER
        let b = 0
        // END SOLUTION
        ```

        """
        let issues = ExerciseCatalog(lesson: Lesson.parse(text: text, file: "bad.md")).issues
        let messages = issues.map { "\($0.line): \($0.message)" }
        XCTAssertTrue(messages.contains { $0.hasPrefix("2: `// BEGIN SOLUTION` is never closed") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("6: `check`, `solution` and `hint` need `exercise=ID`") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("11: solution markers belong in an exercise's code cell") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("14: hint for exercise 'nobody'") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("18: an exercise cell cannot be `save`") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("22: placeholder lines are comments") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("exercise 'a' has no checks") }, "\(messages)")
        XCTAssertThrowsError(try StudentCopy.make(from: Lesson.parse(text: text, file: "bad.md")))
    }

    func testExerciseIDsNameCSVRowsSoTheyAreSimple() {
        let text = "```swift exercise=a,b\nlet x = 1\n```\n\n```output\n1\n```\n"
        let issues = ExerciseCatalog(lesson: Lesson.parse(text: text, file: "id.md")).issues
        XCTAssertEqual(issues.map(\.line), [1])
        XCTAssertTrue(issues.first?.message.contains("exercise id 'a,b'") ?? false)
        XCTAssertTrue(ExerciseCatalog.isValidID("horizontal-edge_2.b"))
        XCTAssertTrue(ExerciseCatalog.isValidID("水平边缘"), "letters of any script")
    }

    func testSolutionCellIsOneRegion() throws {
        let text = "```swift exercise=s solution\nlet s = 1\n// PLACEHOLDER\n// let s = 0\n```\n\n```swift exercise=s check\nexpect(s == 1)\n```\n"
        let lesson = Lesson.parse(text: text, file: "s.md")
        let catalog = ExerciseCatalog(lesson: lesson)
        XCTAssertEqual(catalog.issues, [])
        XCTAssertEqual(try StudentCopy.make(from: lesson),
                       "```swift exercise=s solution\nlet s = 0\n```\n\n```swift exercise=s check\nexpect(s == 1)\n```\n")
    }
}
