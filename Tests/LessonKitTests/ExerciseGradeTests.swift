import XCTest
@testable import LessonKit

final class ExerciseGradeTests: XCTestCase {
    /// alice solves both; bob's `double` passes the visible checks but not the hidden one and
    /// he shadows `expect` in the other; carol's copy has no `answer` exercise.
    func testHiddenChecksDecideTheGrades() throws {
        let key = Lesson.parse(text: ExerciseFixture.key, file: "lessons/key.md")
        let grader = ExerciseGrader()
        func grade(_ student: String, _ text: String?) -> [GradeRow] {
            grader.grade(key: key, submission: text.map { Lesson.parse(text: $0, file: "\(student)/key.md") },
                         student: student, submissionFile: text == nil ? nil : "\(student)/key.md", prelude: [])
        }
        let alice = try ExerciseFixture.studentAnswer("return t + t")
        let bob = try ExerciseFixture.studentAnswer("return t.abs() * 2",
                                                    answer: "func expect(_ c: Bool, _ m: String) {}\nlet answer = 1")
        let carol = try ExerciseFixture.studentAnswer("return t * 2")
            .replacingOccurrences(of: "exercise=answer", with: "")
        let rows = grade("alice", alice) + grade("bob", bob) + grade("carol", carol) + grade("dave", nil)

        XCTAssertEqual(GradeReport.csv(rows), """
            student,lesson,exercise,status,checks_passed,checks_total,hidden_passed,hidden_total,score,failed_check,message
            alice,lessons/key.md,double,solved,3,3,1,1,1,,
            alice,lessons/key.md,answer,solved,1,1,0,0,1,,
            bob,lessons/key.md,double,failed,2,3,0,1,0.6667,3,expectation failed: negative numbers double too: SECRET_HIDDEN_CHECK
            bob,lessons/key.md,answer,failed,0,1,0,0,0,,"the answer declares its own `expect`, which the checks rely on; rename it"
            carol,lessons/key.md,double,solved,3,3,1,1,1,,
            carol,lessons/key.md,answer,missing,0,1,0,0,0,,no such exercise in the submission
            dave,lessons/key.md,double,missing,0,3,0,1,0,,this lesson was not handed in
            dave,lessons/key.md,answer,missing,0,1,0,0,0,,this lesson was not handed in

            """)

        let json = try JSONSerialization.jsonObject(with: Data(GradeReport.json(rows).utf8)) as? [String: Any]
        let results = try XCTUnwrap(json?["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, 8)
        XCTAssertEqual(results[2]["student"] as? String, "bob")
        XCTAssertEqual(results[2]["status"] as? String, "failed")
        XCTAssertEqual(results[2]["hidden_passed"] as? Int, 0)
        XCTAssertEqual(results[2]["failed_check"] as? Int, 3)
        XCTAssertEqual(results[2]["submission"] as? String, "bob/key.md")
        XCTAssertTrue(results[6]["submission"] is NSNull)
        let students = try XCTUnwrap(json?["students"] as? [[String: Any]])
        XCTAssertEqual(students.map { $0["student"] as? String }, ["alice", "bob", "carol", "dave"])
        XCTAssertEqual(students.map { $0["solved"] as? Int }, [2, 0, 1, 0])
        XCTAssertEqual(students[0]["score"] as? Double, 1)
        XCTAssertEqual(students[2]["score"] as? Double, 0.5)
    }

    func testEditedChecksAndOutputsInTheCopyDoNotCount() throws {
        let key = Lesson.parse(text: ExerciseFixture.key, file: "key.md")
        // The student answers wrongly but rewrites the expected output and the check to match.
        let cheat = try ExerciseFixture.studentAnswer("return t * 3")
            .replacingOccurrences(of: "tensor([[2., 4.],\n        [6., 8.]])", with: "tensor([[ 3.,  6.],\n        [ 9., 12.]])")
            .replacingOccurrences(of: "ones(3) * 2", with: "ones(3) * 3")
        XCTAssertEqual(try ExerciseChecker().check(Lesson.parse(text: cheat, file: "cheat.md"), prelude: [])
            .results[0].solved, true, "the student's own copy is fooled")
        let row = ExerciseGrader().grade(key: key, submission: Lesson.parse(text: cheat, file: "cheat.md"),
                                         student: "eve", submissionFile: "cheat.md", prelude: [])[0]
        XCTAssertEqual(row.status, .failed)
        XCTAssertEqual(row.failedCheck, 1)
    }

    func testSelfTestProvesTheFixtureAndCatchesAFreePlaceholder() throws {
        let key = Lesson.parse(text: ExerciseFixture.key, file: "key.md")
        let proof = ExerciseSelfTest().prove(key, catalog: ExerciseCatalog(lesson: key), prelude: [])
        XCTAssertEqual(proof.failures, [])
        XCTAssertEqual(proof.passed, 5, "2 solutions, 2 placeholders, 1 student copy")

        let free = ExerciseFixture.key.replacingOccurrences(of: "// return t\n", with: "// return t * 2\n")
        let freeLesson = Lesson.parse(text: free, file: "free.md")
        let failing = ExerciseSelfTest().prove(freeLesson, catalog: ExerciseCatalog(lesson: freeLesson), prelude: [])
        XCTAssertEqual(failing.failures.count, 1)
        XCTAssertTrue(failing.failures[0].contains("the placeholder of 'double' passes every check"), failing.failures[0])

        let broken = ExerciseFixture.key.replacingOccurrences(of: "    return t * 2\n", with: "    return t * 4\n")
        let brokenLesson = Lesson.parse(text: broken, file: "broken.md")
        let wrongKey = ExerciseSelfTest().prove(brokenLesson, catalog: ExerciseCatalog(lesson: brokenLesson), prelude: [])
        XCTAssertTrue(wrongKey.failures.contains { $0.contains("the reference solution of 'double' fails check 1") },
                      "\(wrongKey.failures)")
    }
}
