import XCTest
@testable import LessonKit

final class ExerciseStudentCopyTests: XCTestCase {
    func testStudentCopyHasNoSolutionAndNoHiddenCheck() throws {
        let lesson = Lesson.parse(text: ExerciseFixture.key, file: "key.md")
        let copy = try StudentCopy.make(from: lesson)
        for secret in ["SECRET_SOLUTION_TEXT", "SECRET_HIDDEN_CHECK", "return t * 2", "6 * 7", "BEGIN SOLUTION", "PLACEHOLDER"] {
            XCTAssertFalse(copy.contains(secret), "the student copy leaks \(secret)")
        }
        XCTAssertTrue(copy.contains("    return t\n"), "the placeholder is uncommented")
        XCTAssertTrue(copy.contains("\n// YOUR CODE HERE\n"), "a region without placeholder gets the default line")
        XCTAssertTrue(copy.contains("Multiply by two."), "hints stay")
        XCTAssertEqual(ExerciseCatalog(lesson: Lesson.parse(text: copy, file: "copy.md")).exercise("double")?.checks.count, 2)
    }

    func testEverythingElseIsKeptByteForByte() throws {
        let lesson = Lesson.parse(text: ExerciseFixture.key, file: "key.md")
        let copy = try StudentCopy.make(from: lesson)
        // Removing exactly the solution lines and the hidden check (with its trailing blank line)
        // from the key, and adding the placeholders, gives the copy.
        var expected = ExerciseFixture.key
        expected = expected.replacingOccurrences(of: """
                // BEGIN SOLUTION
                return t * 2
                // PLACEHOLDER
                // return t
                // END SOLUTION

            """, with: "    return t\n")
        expected = expected.replacingOccurrences(of: """
            ```swift exercise=double check hidden
            expect(double(tensor([-1])).item() == -2, "negative numbers double too: SECRET_HIDDEN_CHECK")
            ```


            """, with: "")
        expected = expected.replacingOccurrences(of: """
            // BEGIN SOLUTION
            let answer = 6 * 7 // SECRET_SOLUTION_TEXT
            // END SOLUTION

            """, with: "// YOUR CODE HERE\n")
        XCTAssertEqual(copy, expected)
    }

    func testCRLFAndIndentationAreKept() throws {
        let text = "Intro\r\n\r\n```swift exercise=e\r\nif true {\r\n    // BEGIN SOLUTION\r\n    let e = 1\r\n    // PLACEHOLDER\r\n    // let e = 0\r\n    // END SOLUTION\r\n    print(e)\r\n}\r\n```\r\n\r\n```output\r\n1\r\n```\r\n"
        let copy = try StudentCopy.make(from: Lesson.parse(text: text, file: "crlf.md"))
        XCTAssertEqual(copy, "Intro\r\n\r\n```swift exercise=e\r\nif true {\r\n    let e = 0\r\n    print(e)\r\n}\r\n```\r\n\r\n```output\r\n1\r\n```\r\n")
    }

    func testLessonWithoutExercisesIsUnchanged() throws {
        let text = "# Title\n\n```swift\nprint(1)\n```\n\n```output\n1\n```\n"
        XCTAssertEqual(try StudentCopy.make(from: Lesson.parse(text: text, file: "plain.md")), text)
    }
}
