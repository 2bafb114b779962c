import Foundation

/// What a run of the built `lesson` executable left behind.
public struct LessonProcessResult {
    public let status: Int32
    public let stdout: String
    public let stderr: String
    /// True when the run passed its deadline and was killed.
    public let timedOut: Bool

    public var all: String { stdout + stderr }
    public var lastLine: String { stdout.split(separator: "\n").last.map(String.init) ?? "" }
}

/// Runs the built `lesson` executable as a user or CI would: crash backtraces off (a crash
/// must not stall for the backtracer), no colour, stdin closed, both pipes drained while it
/// runs, and a deadline. Shared by the CLI and hardening test targets.
public enum LessonProcess {
    /// The repository, found from this file's path.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `lesson` binary of the same build as the tests (beside the test bundle), else `.build/debug`.
    public static var executable: URL? {
        let candidates = [URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
                          Bundle.main.bundleURL,
                          packageRoot.appendingPathComponent(".build/debug")]
        for folder in candidates {
            let url = folder.appendingPathComponent("lesson")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    public struct NotBuilt: Error, CustomStringConvertible {
        public init() {}
        public var description: String { "the lesson executable is not built next to the tests (swift build --product lesson)" }
    }

    /// Runs `lesson ARGUMENTS` in `directory`; after `timeout` seconds the process is killed
    /// and the result says so.
    public static func run(_ arguments: [String], in directory: URL? = nil,
                           timeout: TimeInterval = 60) throws -> LessonProcessResult {
        guard let executable else { throw NotBuilt() }
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
        let stdoutData = PipeDrain(out.fileHandleForReading), stderrData = PipeDrain(err.fileHandleForReading)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        let timedOut = process.isRunning
        if timedOut { process.terminate() }
        process.waitUntilExit()
        return LessonProcessResult(status: process.terminationStatus,
                                   stdout: String(decoding: stdoutData.wait(), as: UTF8.self),
                                   stderr: String(decoding: stderrData.wait(), as: UTF8.self),
                                   timedOut: timedOut)
    }
}

/// Drains a pipe on a background thread so a chatty child never blocks on a full pipe.
private final class PipeDrain: @unchecked Sendable {
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
