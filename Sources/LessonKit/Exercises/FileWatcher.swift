import Foundation

/// Polls files' modification times and sizes: portable (no inotify or FSEvents), and a save
/// by any editor (write in place or rename over) shows up within one interval.
public struct FileWatcher: Sendable {
    public let paths: [String]
    public let interval: Double

    public init(paths: [String], interval: Double = 0.3) {
        self.paths = paths
        self.interval = interval
    }

    /// A fingerprint of every watched file (a missing file counts too).
    public func stamps() -> [String] {
        paths.map { path in
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "missing" }
            let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
            return "\(date):\(size)"
        }
    }

    /// Waits until the fingerprint differs from `since`; returns the new one, or nil when
    /// `stop` says to give up first.
    public func waitForChange(since: [String], stop: () -> Bool = { false }) -> [String]? {
        while !stop() {
            Thread.sleep(forTimeInterval: interval)
            let now = stamps()
            if now != since { return now }
        }
        return nil
    }
}
