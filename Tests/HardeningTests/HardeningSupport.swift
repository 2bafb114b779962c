import Foundation
import LessonKit
import LessonTestSupport
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
    typealias Result = LessonProcessResult

    /// Runs `lesson ARGS` in `directory`; skips the test when the executable is not built, and
    /// fails it when the run passes `timeout` seconds.
    static func run(_ arguments: [String], in directory: URL? = nil, timeout: TimeInterval = 60,
                    file: StaticString = #filePath, line: UInt = #line) throws -> Result {
        do {
            let result = try LessonProcess.run(arguments, in: directory, timeout: timeout)
            if result.timedOut {
                XCTFail("lesson \(arguments.joined(separator: " ")) ran past \(timeout) s", file: file, line: line)
            }
            return result
        } catch let notBuilt as LessonProcess.NotBuilt {
            throw XCTSkip(notBuilt.description)
        }
    }
}

extension Lesson {
    /// Diagnostics of one kind, as `line:column` strings, for compact assertions.
    func places(of kind: LessonDiagnostic.Kind) -> [String] {
        diagnostics.filter { $0.kind == kind }.map { "\($0.line):\($0.column)" }
    }
}
