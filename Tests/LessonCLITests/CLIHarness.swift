import Foundation
import LessonTestSupport
import XCTest

typealias CLIResult = LessonProcessResult

/// Runs the built `lesson` executable as a user would, capturing its output and exit status.
enum CLI {
    typealias Result = CLIResult

    static let packageRoot = LessonProcess.packageRoot

    /// For tests that drive a long-running `lesson` themselves (watch mode).
    static var executable: URL {
        get throws {
            guard let url = LessonProcess.executable else { throw LessonProcess.NotBuilt() }
            return url
        }
    }

    static func run(_ arguments: [String], in directory: URL = packageRoot,
                    file: StaticString = #filePath, line: UInt = #line) throws -> CLIResult {
        let result = try LessonProcess.run(arguments, in: directory, timeout: 120)
        if result.timedOut {
            XCTFail("lesson \(arguments.joined(separator: " ")) ran past 120 s", file: file, line: line)
        }
        return result
    }

    /// A fresh temporary folder holding a copy of the shipped lessons.
    static func copyOfLessons() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("lessons"), to: dir.appendingPathComponent("lessons"))
        return dir
    }

    static func temporaryFolder(_ tag: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(tag)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// Replaces `old` (which must occur exactly once) in the file at `url`.
    static func edit(_ url: URL, replacing old: String, with new: String) throws {
        let text = try read(url)
        XCTAssertEqual(text.components(separatedBy: old).count, 2, "'\(old)' should occur once in \(url.lastPathComponent)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }
}
