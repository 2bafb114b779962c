import Foundation
import LessonKit

/// Where the CLI writes: stdout for reports, stderr for progress and errors; colour and
/// progress only when the stream is a terminal.
enum Console {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    static func style(colour: ColourChoice) -> Style {
        switch colour {
        case .always: return Style(enabled: true)
        case .never: return Style(enabled: false)
        case .auto: return Style(enabled: stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        }
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// A one-line `[3/12] lessons/…` counter on stderr, redrawn in place; silent off a terminal.
    static func progress(enabled: Bool) -> (@Sendable (Int, Int, String) -> Void)? {
        guard enabled, stderrIsTerminal else { return nil }
        let lock = NSLock()
        return { done, total, file in
            lock.lock(); defer { lock.unlock() }
            let line = "[\(done)/\(total)] \(file)"
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line + (done == total ? "\r\u{1B}[K" : "")).utf8))
        }
    }
}
