import Foundation
import LessonKit
import LessonTestSupport
import XCTest

/// Writing never loses data: a killed `lesson update` leaves the old or the new file, whole;
/// a file changed on disk since it was read is never overwritten.
final class UpdateSafetyTests: XCTestCase {
    private var scratch: ScratchFolder!

    override func setUpWithError() throws { scratch = try ScratchFolder() }
    override func tearDown() { scratch = nil }

    /// A lesson big enough that `update --add` takes a while to run and to write.
    private func bigLesson() -> String {
        var text = "---\ntitle: Big\n---\n\n"
        for i in 0..<400 {
            text += String(repeating: "Prose line \(i) with some words in it.\n", count: 200) + "\n"
            text += "```swift\nprint(String(repeating: \"v\", count: 500))\nprint(\(i))\n```\n\n"
        }
        return text
    }

    func testKilledUpdateLeavesTheOldOrTheNewFileWhole() throws {
        let original = bigLesson()
        let path = try scratch.write("big.md", original)
        // The complete result, for comparison.
        let reference = try scratch.write("reference/big.md", original)
        let full = try LessonCLI.run(["update", "--add", reference])
        XCTAssertEqual(full.status, 0, full.all)
        let updated = try String(contentsOfFile: reference, encoding: .utf8)
        XCTAssertNotEqual(updated, original)
        guard let executable = LessonProcess.executable else { throw XCTSkip("lesson is not built") }
        var sawOld = 0, sawNew = 0
        for attempt in 0..<12 {
            try Data(original.utf8).write(to: URL(fileURLWithPath: path))
            let process = Process()
            process.executableURL = executable
            process.arguments = ["update", "--add", path]
            process.environment = ["SWIFT_BACKTRACE": "enable=no"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(20_000 + attempt * 40_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try String(contentsOfFile: path, encoding: .utf8)
            if now == original { sawOld += 1 } else if now == updated { sawNew += 1 } else {
                XCTFail("attempt \(attempt): the file is neither the old nor the new text (\(now.utf8.count) bytes)")
            }
        }
        XCTAssertEqual(sawOld + sawNew, 12)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path)
            .filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }
        // A kill between writing the temporary file and renaming it may leave one behind (hidden,
        // never read as a lesson); the lesson itself is always whole.
        XCTAssertTrue(try LessonDiscovery.files(in: [scratch.url.path]).allSatisfy { !$0.hasSuffix(".tmp") }, "\(leftovers)")
    }

    func testFileChangedOnDiskIsNotOverwritten() throws {
        let path = try scratch.write("lesson.md", "```swift\nprint(1)\n```\n")
        let url = URL(fileURLWithPath: path)
        let snapshot = try LessonFileSnapshot.read(url)
        let update = try LessonUpdater(lesson: snapshot.lesson()).update(actualOutputs: [0: "1\n"], addMissing: true)

        let edited = "```swift\nprint(1)\n```\n\nA student's new paragraph.\n"
        try Data(edited.utf8).write(to: url)
        XCTAssertThrowsError(try LessonFileWriter.write(update.text, replacing: snapshot)) { error in
            XCTAssertEqual(error as? LessonFileError, .changedOnDisk(path: url.resolvingSymlinksInPath().path))
        }
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), edited, "the student's edit survives")

        // Same bytes written back later (an editor's save) still count as a change: the date moved.
        let again = try LessonFileSnapshot.read(url)
        try Data(edited.utf8).write(to: url)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: path)
        XCTAssertThrowsError(try LessonFileWriter.write(update.text, replacing: again))

        // A deleted file is not recreated from a stale snapshot.
        let stale = try LessonFileSnapshot.read(url)
        try FileManager.default.removeItem(at: url)
        XCTAssertThrowsError(try LessonFileWriter.write(update.text, replacing: stale))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }
}
