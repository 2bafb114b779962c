import Foundation

/// What `lesson export swift` wrote, read back by `lesson export compare`: every exported
/// program, the interpreter's output of each of its cells, and what was left out and why.
/// Stored as `export.json` beside the package's `Package.swift`.
public struct ExportManifest: Codable, Sendable, Equatable {
    public static let fileName = "export.json"

    public var programs: [ExportedProgram]

    public init(programs: [ExportedProgram]) { self.programs = programs }

    public static func read(from directory: URL) throws -> ExportManifest {
        let data = try Data(contentsOf: directory.appendingPathComponent(fileName))
        return try JSONDecoder().decode(ExportManifest.self, from: data)
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }
}

/// One executable of the exported package: a lesson, or one of the interpreter's golden programs.
public struct ExportedProgram: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case lesson, golden }

    /// The executable target's name (also its module name).
    public var target: String
    /// The lesson or program file it came from, as given on the command line.
    public var source: String
    public var kind: Kind
    /// The cells compiled into the program, in order.
    public var cells: [ExportedCell]
    /// Cells of the source that the program does not contain, with the reason.
    public var leftOut: [LeftOutCell]
}

/// A cell in an exported program and what the interpreter printed for it.
public struct ExportedCell: Codable, Sendable, Equatable {
    /// The cell's index in its lesson (the marker printed before its output).
    public var index: Int
    /// The line of the cell's first code line in the source file.
    public var line: Int
    /// The interpreter's transcript: printed text, then the displayed value.
    public var interpreted: String
    /// False when the output is not comparable (a `nondeterministic` output block) or the
    /// interpreter failed on the cell; `reason` says which.
    public var compared: Bool
    public var reason: String?
}

public struct LeftOutCell: Codable, Sendable, Equatable {
    public var index: Int
    public var line: Int
    public var reason: String
}
