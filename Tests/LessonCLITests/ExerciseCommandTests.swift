import Foundation
import XCTest

/// The exercise commands end to end, on the shipped lessons: `student`, `check` (with hints,
/// limits and `--watch`), `grade` and `test --exercises`.
final class ExerciseCommandTests: XCTestCase {
    private var folder: URL!
    override func setUpWithError() throws { folder = try CLI.temporaryFolder("lesson-cli") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func studentCopies() throws -> URL {
        let target = folder.appendingPathComponent("student")
        let result = try CLI.run(["student", "lessons", "-o", target.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        return target
    }

    func testStudentCopiesContainNoSolutionText() throws {
        let target = try studentCopies()
        let keys = try FileManager.default.subpathsOfDirectory(atPath: CLI.packageRoot.appendingPathComponent("lessons").path)
            .filter { $0.hasSuffix(".md") }
        XCTAssertEqual(keys.count, 12)
        var regions = 0
        for relative in keys {
            let key = try CLI.read(CLI.packageRoot.appendingPathComponent("lessons").appendingPathComponent(relative))
            let copy = try CLI.read(target.appendingPathComponent(relative))
            let (solution, rest) = Self.split(key)
            regions += solution.isEmpty ? 0 : 1
            for line in solution where !rest.contains(line) {
                XCTAssertFalse(copy.contains(line), "\(relative): the student copy contains the solution line '\(line)'")
            }
            XCTAssertFalse(copy.contains("check hidden"), "\(relative): a hidden check is left")
            XCTAssertFalse(copy.contains("BEGIN SOLUTION"), relative)
            XCTAssertTrue(copy.hasPrefix("---\ntitle:"), "\(relative): the front matter is kept")
        }
        XCTAssertEqual(regions, 12, "every lesson has an exercise with a solution")
        let refused = try CLI.run(["student", "lessons", "-o", "lessons"])
        XCTAssertEqual(refused.status, 2, "writing over the key is refused")
        XCTAssertTrue(refused.stderr.contains("refusing to overwrite the key"), refused.stderr)
    }

    func testCorrectAnswerPassesCheck() throws {
        let file = try studentCopies().appendingPathComponent("5.1.3-edge-detection.md")
        try CLI.edit(file, replacing: "let H = ones(6, 8)\nlet Kh = tensor([[1, -1]])\n",
                     with: "let H = zeros(6, 8)\nH[0..<2, 0...] = 1\nlet Kh = tensor([[-1], [1]])\n")
        try CLI.edit(file, replacing: "let Kd = zeros(2, 2)\n", with: "let Kd = tensor([[-2, 2], [2, -2]])\n")
        let result = try CLI.run(["check", file.path])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("solved     horizontal-edge (2 checks)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("solved     diagonal-edge (1 check)"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("2 of 2 exercises solved\n"), result.stdout)
    }

    func testWrongAnswerFailsWithTheNextHint() throws {
        let file = try studentCopies().appendingPathComponent("5.1.3-edge-detection.md")
        try CLI.edit(file, replacing: "let Kd = zeros(2, 2)\n", with: "let Kd = tensor([[1, -1], [1, -1]])\n")
        let first = try CLI.run(["check", file.path])
        XCTAssertEqual(first.status, 1)
        XCTAssertTrue(first.stdout.contains("not solved diagonal-edge: check 1 of 1 failed"), first.stdout)
        XCTAssertTrue(first.stdout.contains("expectation failed: Kd responds to the vertical edges of X"), first.stdout)
        XCTAssertTrue(first.stdout.contains("hint 1 of 2: X does not change down a column"), first.stdout)
        let same = try CLI.run(["check", file.path])
        XCTAssertTrue(same.stdout.contains("hint 1 of 2: X does not change down a column"), "same answer, same hint: \(same.stdout)")
        try CLI.edit(file, replacing: "let Kd = tensor([[1, -1], [1, -1]])\n", with: "let Kd = tensor([[1, 1], [-1, -1]])\n")
        let second = try CLI.run(["check", file.path])
        XCTAssertTrue(second.stdout.contains("expectation failed: Kd responds to the horizontal edges of Xt"), second.stdout)
        XCTAssertTrue(second.stdout.contains("hint 2 of 2: A 2 x 2 kernel whose rows and columns"), second.stdout)
        XCTAssertTrue(second.stdout.contains("hint 1 of 2: For the image, start from ones(6, 8)"),
                      "the untouched exercise stays at its first hint: \(second.stdout)")
        let state = try JSONSerialization.jsonObject(with: Data(contentsOf:
            file.deletingLastPathComponent().appendingPathComponent(".5.1.3-edge-detection.md.hints"))) as? [String: [String: Any]]
        XCTAssertEqual(state?["diagonal-edge"]?["shown"] as? Int, 2)
        XCTAssertEqual(state?["horizontal-edge"]?["shown"] as? Int, 1)
    }

    func testOutputMismatchShowsTheDiff() throws {
        let file = try studentCopies().appendingPathComponent("zh/5.1.5-convolution-vs-cross-correlation.md")
        let result = try CLI.run(["check", file.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("not solved second-derivative: check 1 of 2 failed (and 1 more)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("-tensor([[2., 2., 2., 2., 2.]])"), result.stdout)
        XCTAssertTrue(result.stdout.contains("+tensor([[ 1.,  3.,  5.,  7.,  9., 11.]])"), result.stdout)
        XCTAssertTrue(result.stdout.contains("hint 1 of 2: 写出两个相邻一阶差分之差"), result.stdout)
    }

    func testEndlessLoopIsReported() throws {
        let file = try studentCopies().appendingPathComponent("5.1.6-feature-maps.md")
        try CLI.edit(file, replacing: "let Kb = zeros(3, 3)\n", with: "var Kb = zeros(3, 3)\nwhile true { Kb = Kb + 1 }\n")
        let result = try CLI.run(["check", "--time-limit", "0.5", file.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("stopped: time limit of 0.5 s exceeded: the code never finished; is there an endless loop?"),
                      result.stdout)
    }

    func testWatchChecksAgainOnSave() throws {
        let file = try studentCopies().appendingPathComponent("5.1.6-feature-maps.md")
        let log = folder.appendingPathComponent("watch.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = try CLI.executable
        process.arguments = ["check", "--watch", file.path]
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() }; process.waitUntilExit() }
        XCTAssertTrue(try waitFor("0 of 1 exercise solved", in: log))
        try CLI.edit(file, replacing: "let Kb = zeros(3, 3)\n", with: "let Kb = ones(3, 3) / 9\n")
        let solved = try waitFor("1 of 1 exercise solved", in: log)
        XCTAssertTrue(solved, (try? CLI.read(log)) ?? "")
    }

    private func waitFor(_ text: String, in log: URL, seconds: Double = 30) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try CLI.read(log).contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    func testGradeWithHiddenChecksWritesJSONAndCSV() throws {
        let students = folder.appendingPathComponent("submissions")
        for name in ["alice", "bob"] {
            let copy = try CLI.run(["student", "lessons/5.1.3-edge-detection.md", "-o", students.appendingPathComponent(name).path])
            XCTAssertEqual(copy.status, 0, copy.stderr)
        }
        let alice = students.appendingPathComponent("alice/5.1.3-edge-detection.md")
        try CLI.edit(alice, replacing: "let H = ones(6, 8)\nlet Kh = tensor([[1, -1]])\n",
                     with: "let H = ones(6, 8)\nH[4..., 0...] = 0\nlet Kh = tensor([[3], [-3]])\n")
        try CLI.edit(alice, replacing: "let Kd = zeros(2, 2)\n", with: "let Kd = tensor([[1, -1], [-1, 1]])\n")
        // Bob's diagonal kernel passes the check he can see, and he "fixes" a check to pass; the
        // hidden check and the key's own checks catch both.
        let bob = students.appendingPathComponent("bob/5.1.3-edge-detection.md")
        try CLI.edit(bob, replacing: "let H = ones(6, 8)\nlet Kh = tensor([[1, -1]])\n",
                     with: "let H = ones(6, 8)\nH[4..., 0...] = 0\nlet Kh = tensor([[1, 0], [0, -1]])\n")
        try CLI.edit(bob, replacing: "expect(Kd.shape == [2, 2], \"Kd should be a 2 x 2 kernel\")", with: "expect(true)")
        try CLI.edit(bob, replacing: "let Kd = zeros(2, 2)\n", with: "let Kd = tensor([[1, -1, 0], [-1, 1, 0]])\n")
        XCTAssertEqual(try CLI.run(["check", bob.path]).status, 0, "bob's own copy says he is done")

        let out = folder.appendingPathComponent("grades")
        let result = try CLI.run(["grade", "--key", "lessons", students.appendingPathComponent("alice").path,
                                  students.appendingPathComponent("bob").path, "-o", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "alice: 2 of 14 exercises solved, score 0.1429\nbob: 0 of 14 exercises solved, score 0.0476\n")

        let csv = try CLI.read(out.appendingPathComponent("grades.csv")).split(separator: "\n").map(String.init)
        XCTAssertEqual(csv.count, 1 + 2 * 14)
        XCTAssertEqual(csv[0], "student,lesson,exercise,status,checks_passed,checks_total,hidden_passed,hidden_total,score,failed_check,message")
        XCTAssertTrue(csv.contains("alice,lessons/5.1.3-edge-detection.md,horizontal-edge,solved,3,3,1,1,1,,"), "\(csv)")
        XCTAssertTrue(csv.contains("alice,lessons/5.1.3-edge-detection.md,diagonal-edge,solved,2,2,1,1,1,,"), "\(csv)")
        XCTAssertTrue(csv.contains("bob,lessons/5.1.3-edge-detection.md,horizontal-edge,failed,2,3,0,1,0.6667,3,"
            + "expectation failed: Kh should ignore vertical edges such as those of X"), "\(csv)")
        XCTAssertTrue(csv.contains("bob,lessons/5.1.3-edge-detection.md,diagonal-edge,failed,0,2,0,1,0,1,"
            + "expectation failed: Kd should be a 2 x 2 kernel"), "\(csv)")
        XCTAssertTrue(csv.contains("alice,lessons/5.1.1-cross-correlation.md,corr2d-matmul,missing,0,3,0,1,0,,this lesson was not handed in"),
                      "\(csv)")

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("grades.json"))) as? [String: Any]
        let rows = try XCTUnwrap(json?["results"] as? [[String: Any]])
        XCTAssertEqual(rows.count, 28)
        let bobHorizontal = try XCTUnwrap(rows.first { $0["student"] as? String == "bob" && $0["exercise"] as? String == "horizontal-edge" })
        XCTAssertEqual(bobHorizontal["status"] as? String, "failed")
        XCTAssertEqual(bobHorizontal["hidden_passed"] as? Int, 0)
        XCTAssertEqual(bobHorizontal["hidden_total"] as? Int, 1)
        XCTAssertEqual(bobHorizontal["failed_check"] as? Int, 3)
        XCTAssertEqual(bobHorizontal["submission"] as? String, bob.path)
        let totals = try XCTUnwrap(json?["students"] as? [[String: Any]])
        XCTAssertEqual(totals.map { $0["solved"] as? Int }, [2, 0])
    }

    func testExercisesSelfTestPassesOnTheShippedLessons() throws {
        let result = try CLI.run(["test", "--exercises", "lessons"])
        XCTAssertEqual(result.status, 0, result.stdout)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.filter { $0.contains("solutions pass, placeholders fail") }.count, 12)
        XCTAssertTrue(lines.last?.hasSuffix(" passed, 0 failed") ?? false, result.stdout)
    }

    /// Solution lines of a key (inside regions, before any placeholder) and the key's other lines.
    static func split(_ key: String) -> (solution: [String], rest: Set<String>) {
        var solution: [String] = [], rest = Set<String>()
        var inRegion = false, inPlaceholder = false
        for line in key.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "// BEGIN SOLUTION" { inRegion = true; continue }
            if trimmed == "// END SOLUTION" { inRegion = false; inPlaceholder = false; continue }
            if trimmed == "// PLACEHOLDER" { inPlaceholder = true; continue }
            if inRegion && !inPlaceholder {
                if !trimmed.isEmpty && trimmed != "}" { solution.append(trimmed) }
            } else {
                rest.insert(trimmed)
                if inPlaceholder { rest.insert(String(trimmed.dropFirst(2)).trimmingCharacters(in: .whitespaces)) }
            }
        }
        return (solution, rest)
    }
}
