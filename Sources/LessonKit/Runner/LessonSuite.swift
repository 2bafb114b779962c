import Foundation
import Swiftlet

/// Runs many lessons, optionally in parallel, and returns their reports in file order whatever
/// order they finished in (so `--jobs 4` prints the same report as `--jobs 1`).
public struct LessonSuite: Sendable {
    public let files: [String]
    public let runner: LessonRunner
    public let jobs: Int

    public init(files: [String], runner: LessonRunner = LessonRunner(), jobs: Int = 1) {
        self.files = files
        self.runner = runner
        self.jobs = max(1, jobs)
    }

    /// One lesson per core: documents share nothing, so this only changes how soon the report
    /// is ready, never what it says.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Keeps the files whose path or title contains `pattern` (case-insensitive).
    public static func filter(_ files: [String], pattern: String?) -> [String] {
        guard let pattern, !pattern.isEmpty else { return files }
        return files.filter { file in
            if file.range(of: pattern, options: .caseInsensitive) != nil { return true }
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: file)) else { return false }
            let title = Lesson.parse(data: data, file: file).frontMatter.title ?? ""
            return title.range(of: pattern, options: .caseInsensitive) != nil
        }
    }

    /// Shard `index` of `count` (1-based), by position, so the shards partition the files.
    public static func shard(_ files: [String], index: Int, count: Int) -> [String] {
        files.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }

    /// Runs every lesson; `progress` is called as each finishes (from any thread, serialised).
    public func run(progress: (@Sendable (Int, Int, String) -> Void)? = nil) throws -> [LessonReport] {
        let snapshots = try files.map { try LessonFileSnapshot.read(URL(fileURLWithPath: $0)) }
        let lessons = snapshots.map { $0.lesson() }
        let loaded = Dictionary(uniqueKeysWithValues: zip(files, lessons))
        let preludes = LessonDiscovery.savedCells(before: files, loaded: loaded)
        let results = ReportSlots(count: files.count)
        let work: @Sendable (Int) -> Void = { i in
            let report = runner.run(lessons[i], prelude: preludes[i])
            let done = results.store(report, at: i)
            progress?(done, files.count, files[i])
        }
        // Workers with the interpreter's stack run cells in place, with no hand-off per cell.
        let next = NextIndex()
        Session.onEvaluatorStacks(count: min(jobs, max(1, files.count))) { _ in
            while let i = next.take(below: files.count) { work(i) }
        }
        return results.reports()
    }
}

/// Hands out 0, 1, 2 ... to whichever worker asks next.
private final class NextIndex: @unchecked Sendable {
    private var next = 0
    private let lock = NSLock()
    func take(below count: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}

/// Reports filled in by index from several threads.
private final class ReportSlots: @unchecked Sendable {
    private var slots: [LessonReport?]
    private var finished = 0
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func store(_ report: LessonReport, at i: Int) -> Int {
        lock.lock(); defer { lock.unlock() }
        slots[i] = report
        finished += 1
        return finished
    }
    func reports() -> [LessonReport] { slots.compactMap { $0 } }
}
