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
}
