import Foundation
import XCTest
@testable import LessonKit

final class LessonFileTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("lessonfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testReadUpdateWriteRoundTrip() throws {
        let url = directory.appendingPathComponent("lesson.md")
        try Data("```swift\nprint(1)\n```\n".utf8).write(to: url)
        let snapshot = try LessonFileSnapshot.read(url)
        let lesson = snapshot.lesson()
        XCTAssertEqual(lesson.cells.count, 1)
        let update = try LessonUpdater(lesson: lesson).update(actualOutputs: [0: "1\n"], addMissing: true)
        try LessonFileWriter.write(update.text, replacing: snapshot)
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), "```swift\nprint(1)\n```\n\n```output\n1\n```\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        XCTAssertEqual(leftovers, ["lesson.md"], "no temporary file left behind")
    }

    /// A read-only lesson is left alone (even by root); a hard-linked one is written in place,
    /// so every name sees the new text.
    func testReadOnlyFilesAreRefusedAndHardLinksKept() throws {
        let readOnly = directory.appendingPathComponent("ro.md")
        try Data("x\n".utf8).write(to: readOnly)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: readOnly.path)
        XCTAssertThrowsError(try LessonFileWriter.write("y\n", replacing: LessonFileSnapshot.read(readOnly))) { error in
            XCTAssertTrue("\(error)".contains("read-only"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOf: readOnly, encoding: .utf8), "x\n")
        let linked = directory.appendingPathComponent("a.md"), other = directory.appendingPathComponent("b.md")
        try Data("x\n".utf8).write(to: linked)
        try FileManager.default.linkItem(at: linked, to: other)
        try LessonFileWriter.write("y\n", replacing: LessonFileSnapshot.read(linked))
        XCTAssertEqual(try String(contentsOf: other, encoding: .utf8), "y\n")
    }

    func testRefusesWhenFileChangedOnDisk() throws {
        let url = directory.appendingPathComponent("lesson.md")
        try Data("one\n".utf8).write(to: url)
        let snapshot = try LessonFileSnapshot.read(url)
        try Data("edited meanwhile\n".utf8).write(to: url)
        XCTAssertThrowsError(try LessonFileWriter.write("two\n", replacing: snapshot)) { error in
            XCTAssertEqual(error as? LessonFileError, .changedOnDisk(path: url.path))
        }
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), "edited meanwhile\n")
    }

    func testRefusesWhenFileWasDeleted() throws {
        let url = directory.appendingPathComponent("lesson.md")
        try Data("one\n".utf8).write(to: url)
        let snapshot = try LessonFileSnapshot.read(url)
        try FileManager.default.removeItem(at: url)
        XCTAssertThrowsError(try LessonFileWriter.write("two\n", replacing: snapshot))
    }

    func testUnreadableFileIsAnError() {
        XCTAssertThrowsError(try LessonFileSnapshot.read(directory.appendingPathComponent("missing.md"))) { error in
            guard case .unreadable? = error as? LessonFileError else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try LessonFileSnapshot.read(URL(fileURLWithPath: "/dev/null"))) { error in
            XCTAssertEqual("\(error)", "/dev/null: cannot read: not a regular file")
        }
    }
}

final class LessonFileLinkTests: XCTestCase {
    func testSymlinkIsFollowedAndPermissionsKept() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lessonlink-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("real.md")
        let link = directory.appendingPathComponent("link.md")
        try Data("old\n".utf8).write(to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target.path)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        try LessonFileWriter.write("new\n", replacing: LessonFileSnapshot.read(link))
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "new\n")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), target.path)
        let permissions = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        XCTAssertEqual(permissions, 0o640)
    }
}
