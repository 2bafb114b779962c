import Foundation

/// Which hint of each exercise a student has reached, kept in `.FILE.hints` beside the
/// student's copy (JSON: `{"edge": {"answer": "…", "shown": 2}}`). Each failed *attempt*
/// reveals the next hint: checking a changed answer that still fails moves on, checking the
/// same answer again shows the same hint (so re-running, or an exercise not yet started,
/// does not use the hints up). Deleting the file starts again from the first.
public struct HintState: Sendable {
    public struct Entry: Codable, Sendable, Hashable {
        /// How many hints were shown; the last one shown is `hints[shown - 1]`.
        public var shown: Int
        /// Fingerprint of the answer that earned the last hint.
        public var answer: String
    }

    public let path: String
    public private(set) var entries: [String: Entry]

    /// `lessons/5.1.3.md` keeps its state in `lessons/.5.1.3.md.hints`.
    public static func path(for lessonFile: String) -> String {
        let url = URL(fileURLWithPath: lessonFile)
        return url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".hints").path
    }

    /// The saved state, or an empty one when there is none or it cannot be read.
    public static func load(for lessonFile: String) -> HintState {
        let path = path(for: lessonFile)
        let data = FileManager.default.contents(atPath: path)
        let entries = data.flatMap { try? JSONDecoder().decode([String: Entry].self, from: $0) } ?? [:]
        return HintState(path: path, entries: entries)
    }

    public init(path: String, entries: [String: Entry] = [:]) {
        self.path = path
        self.entries = entries
    }

    /// The hint to show for a failed exercise whose code is `answer`: the next one when the
    /// answer changed since the last hint, else the same one (the last stays once all are shown).
    public mutating func revealNext(of exercise: Exercise, answer: String) -> RevealedHint? {
        guard !exercise.hints.isEmpty else { return nil }
        let fingerprint = Self.fingerprint(answer)
        var entry = entries[exercise.id] ?? Entry(shown: 0, answer: "")
        if entry.shown == 0 || entry.answer != fingerprint {
            entry.shown = min(entry.shown + 1, exercise.hints.count)
            entry.answer = fingerprint
        }
        entry.shown = max(1, min(entry.shown, exercise.hints.count))  // a hand-edited file cannot point outside
        entries[exercise.id] = entry
        return RevealedHint(number: entry.shown, total: exercise.hints.count, text: exercise.hints[entry.shown - 1].text)
    }

    public func save() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(entries).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// FNV-1a, 64 bits, in hex: stable from one run to the next (Swift's `Hasher` is not).
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}

/// A hint as shown: "hint 2 of 3: ...".
public struct RevealedHint: Sendable, Hashable {
    public let number: Int
    public let total: Int
    public let text: String
}
