import Foundation

/// How many hints of each exercise a student has seen, kept in `.FILE.hints` beside the
/// student's copy (JSON, `{"exercise-id": 2}`). Each failed `lesson check` of an exercise
/// reveals one more hint; deleting the file starts again from the first.
public struct HintState: Sendable {
    public let path: String
    public private(set) var revealed: [String: Int]

    /// `lessons/5.1.3.md` keeps its state in `lessons/.5.1.3.md.hints`.
    public static func path(for lessonFile: String) -> String {
        let url = URL(fileURLWithPath: lessonFile)
        return url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".hints").path
    }

    /// The saved state, or an empty one when there is none or it cannot be read.
    public static func load(for lessonFile: String) -> HintState {
        let path = path(for: lessonFile)
        let data = FileManager.default.contents(atPath: path)
        let revealed = data.flatMap { try? JSONDecoder().decode([String: Int].self, from: $0) } ?? [:]
        return HintState(path: path, revealed: revealed)
    }

    public init(path: String, revealed: [String: Int] = [:]) {
        self.path = path
        self.revealed = revealed
    }

    /// Reveals the next hint of a failed exercise (the last one again once all are shown).
    public mutating func revealNext(of exercise: Exercise) -> RevealedHint? {
        guard !exercise.hints.isEmpty else { return nil }
        let number = min((revealed[exercise.id] ?? 0) + 1, exercise.hints.count)
        revealed[exercise.id] = number
        return RevealedHint(number: number, total: exercise.hints.count, text: exercise.hints[number - 1].text)
    }

    public func save() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(revealed).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

/// A hint as shown: "hint 2 of 3: ...".
public struct RevealedHint: Sendable, Hashable {
    public let number: Int
    public let total: Int
    public let text: String
}
