import Foundation
import XCTest

/// Runs the built `lesson` executable as a user would, capturing its output and exit status.
struct CLIResult {
    let status: Int32
    let stdout: String
    let stderr: String
    var lastLine: String { stdout.split(separator: "\n").last.map(String.init) ?? "" }
}

enum CLI {
    typealias Result = CLIResult

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `lesson` binary next to the test bundle (the same build), else `.build/debug`.
    static var executable: URL {
        let besideTests = Bundle.main.bundleURL.appendingPathComponent("lesson")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return packageRoot.appendingPathComponent(".build/debug/lesson")
    }

    static func run(_ arguments: [String], in directory: URL = packageRoot) throws -> CLIResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
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
