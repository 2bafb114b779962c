import Foundation
import LessonKit
import XCTest

/// A scratch folder per test, removed afterwards.
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("hardening-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` (or `bytes`) to `name` inside the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        return file.path
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// The built `lesson` executable, run as a subprocess: what CI sees.
enum LessonCLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        var all: String { stdout + stderr }
    }

    /// The products directory holds both the test bundle and the `lesson` executable.
    static var executable: URL? {
        let candidates = [Bundle(for: ScratchFolderAnchor.self).bundleURL.deletingLastPathComponent(),
                          URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()]
        for folder in candidates {
            let url = folder.appendingPathComponent("lesson")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Runs `lesson ARGS` in `directory` with crash backtraces off and no colour; waits at most
    /// `timeout` seconds (then kills it and fails the calling test).
    static func run(_ arguments: [String], in directory: URL? = nil, timeout: TimeInterval = 60,
                    file: StaticString = #filePath, line: UInt = #line) throws -> Result {
        guard let executable else {
            throw XCTSkip("the lesson executable is not built next to the tests (swift build --product lesson)")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdoutData = ReadAll(out.fileHandleForReading), stderrData = ReadAll(err.fileHandleForReading)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            XCTFail("lesson \(arguments.joined(separator: " ")) ran past \(timeout) s", file: file, line: line)
        }
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdoutData.wait(), as: UTF8.self),
                      stderr: String(decoding: stderrData.wait(), as: UTF8.self))
    }
}

/// Drains a pipe on a background thread so a chatty child never blocks on a full pipe.
private final class ReadAll: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)
    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }
    func wait() -> Data { done.wait(); return data }
}

private final class ScratchFolderAnchor {}

extension Lesson {
    /// Diagnostics of one kind, as `line:column` strings, for compact assertions.
    func places(of kind: LessonDiagnostic.Kind) -> [String] {
        diagnostics.filter { $0.kind == kind }.map { "\($0.line):\($0.column)" }
    }
}
