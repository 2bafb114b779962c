import Swiftlet

/// The text of an exported program's `main.swift`: the cells of a lesson in order, each
/// preceded by a marker print and pointed back at its Markdown lines with `#sourceLocation`, so
/// a compiler error names the lesson file and line. The value a cell displays becomes an
/// explicit `lessonDisplay(...)`, which prints what the interpreter showed.
public struct SwiftProgramText {
    /// A piece of code and its place: a cell of a lesson, or a whole golden program.
    public struct Piece {
        public let file: String
        /// The cell's index in its lesson: the number its marker prints.
        public let index: Int
        public let source: String
        /// File line of the first code line.
        public let line: Int
        public init(file: String, index: Int, source: String, line: Int) {
            self.file = file
            self.index = index
            self.source = source
            self.line = line
        }
        public init(file: String, cell: CodeCell) {
            self.init(file: file, index: cell.index, source: cell.source, line: cell.firstCodeLine)
        }
    }

    public var header: [String] = []
    public var imports: [String] = ["Foundation", "ConvEngine", "LessonFigures", "LessonSupport", "LessonPrelude"]
    /// Code run before the first marker: the saved declarations of earlier lessons.
    public var prelude: [Piece] = []
    /// `manualSeed(seed)` after the prelude, as the runner seeds after the saved cells.
    public var seed: UInt64?
    public var cells: [Piece] = []

    public init() {}

    public func render() -> String {
        var out = header.map { "// " + $0 }.joined(separator: "\n")
        if !out.isEmpty { out += "\n\n" }
        out += imports.map { "import " + $0 }.joined(separator: "\n") + "\n"
        if !prelude.isEmpty {
            out += "\n// Declarations saved by earlier lessons in this folder.\n"
            for saved in prelude {
                out += Self.located(saved.source, file: saved.file, line: saved.line)
            }
        }
        if let seed { out += "\nmanualSeed(\(seed))\n" }
        for cell in cells {
            out += "\nlessonCellStart(\(cell.index))\n"
            out += Self.located(Self.displaying(cell.source), file: cell.file, line: cell.line)
        }
        return out
    }

    /// The cell's code with its displayed expression wrapped in `lessonDisplay(...)`.
    public static func displaying(_ source: String) -> String {
        guard let range = Session.displayedExpressionRange(in: source) else { return source }
        let bytes = Array(source.utf8)
        let before = String(decoding: bytes[..<range.lowerBound], as: UTF8.self)
        let expr = String(decoding: bytes[range], as: UTF8.self)
        let after = String(decoding: bytes[range.upperBound...], as: UTF8.self)
        return before + "lessonDisplay(" + expr + ")" + after
    }

    /// Code between `#sourceLocation` lines naming its place in the Markdown file.
    static func located(_ source: String, file: String, line: Int) -> String {
        var code = source
        if !code.hasSuffix("\n") { code += "\n" }
        return "#sourceLocation(file: \(stringLiteral(file)), line: \(line))\n" + code + "#sourceLocation()\n"
    }

    static func stringLiteral(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
