import Foundation
import Swiftlet

/// `lesson export swift`: turns lessons (and the interpreter's golden programs) into one Swift
/// package with an executable per program. The package compiles the engine from the project's
/// own sources (symbolic links to `Sources/ConvEngine` and `Sources/LessonPrelude`), so one
/// `swift build` builds the engine once and every program against it, and nothing else of the
/// project (no swift-syntax) is resolved.
public struct SwiftPackageExport {
    public enum Failure: Error, CustomStringConvertible {
        case notAnExport(String)
        case missingSources(String)
        public var description: String {
            switch self {
            case .notAnExport(let dir): return "\(dir) is not empty and holds no \(ExportManifest.fileName); choose an empty or new folder"
            case .missingSources(let dir): return "\(dir) not found: --project must name the project's root folder"
            }
        }
    }

    /// The project root whose `Sources/ConvEngine` and `Sources/LessonPrelude` are linked.
    public var projectRoot: URL
    public var outputDirectory: URL
    public var runner = LessonRunner()

    public init(projectRoot: URL, outputDirectory: URL) {
        self.projectRoot = projectRoot
        self.outputDirectory = outputDirectory
    }

    /// Libraries the exported programs link, linked from the project's Sources folder.
    static let libraries = ["ConvKernels", "ConvKernelsAVX2", "ConvKernelsAVX512", "ConvEngine", "LessonFigures", "LessonSupport", "LessonPrelude"]

    /// Runs every lesson in the interpreter, writes the package and its manifest.
    public func export(lessonFiles: [String], goldenFiles: [String] = []) throws -> ExportManifest {
        let reports = try LessonSuite(files: lessonFiles, runner: runner).run()
        var programs: [ExportedProgram] = []
        var texts: [String] = []
        var names = ProgramNames()
        let loaded = Dictionary(uniqueKeysWithValues: reports.map { ($0.lesson.file, $0.lesson) })
        let preludes = LessonDiscovery.savedCells(before: reports.map(\.lesson.file), loaded: loaded)
        for (report, prelude) in zip(reports, preludes) {
            let target = names.unique(for: report.lesson.file, prefix: "")
            let (program, text) = LessonProgram.make(report, prelude: prelude, target: target)
            programs.append(program)
            texts.append(text)
        }
        for file in goldenFiles {
            let target = names.unique(for: file, prefix: "golden_")
            let (program, text) = try GoldenProgram.make(file: file, target: target)
            programs.append(program)
            texts.append(text)
        }
        let manifest = ExportManifest(programs: programs)
        try write(manifest, texts)
        return manifest
    }

    private func write(_ manifest: ExportManifest, _ texts: [String]) throws {
        let fm = FileManager.default
        let dir = outputDirectory
        if fm.fileExists(atPath: dir.path) {
            let contents = try fm.contentsOfDirectory(atPath: dir.path).filter { !$0.hasPrefix(".") }
            if !contents.isEmpty && !contents.contains(ExportManifest.fileName) {
                throw Failure.notAnExport(dir.path)
            }
        }
        let sources = dir.appendingPathComponent("Sources")
        try fm.createDirectory(at: sources, withIntermediateDirectories: true)
        for library in Self.libraries {
            let original = projectRoot.appendingPathComponent("Sources").appendingPathComponent(library).standardizedFileURL
            guard fm.fileExists(atPath: original.path) else { throw Failure.missingSources(original.path) }
            let link = sources.appendingPathComponent(library)
            if (try? fm.destinationOfSymbolicLink(atPath: link.path)) != original.path {
                try? fm.removeItem(at: link)
                try fm.createSymbolicLink(atPath: link.path, withDestinationPath: original.path)
            }
        }
        let targets = Set(manifest.programs.map(\.target))
        for stale in try fm.contentsOfDirectory(atPath: sources.path)
        where !targets.contains(stale) && !Self.libraries.contains(stale) {
            try fm.removeItem(at: sources.appendingPathComponent(stale))
        }
        for (program, text) in zip(manifest.programs, texts) {
            let folder = sources.appendingPathComponent(program.target)
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            try Self.writeIfChanged(Data(text.utf8), to: folder.appendingPathComponent("main.swift"))
        }
        try Self.writeIfChanged(Data(PackageManifestText.render(targets: manifest.programs.map(\.target)).utf8),
                                to: dir.appendingPathComponent("Package.swift"))
        try Self.writeIfChanged(try manifest.encoded(), to: dir.appendingPathComponent(ExportManifest.fileName))
    }

    /// Leaves unchanged files alone so an incremental `swift build` rebuilds only what changed.
    static func writeIfChanged(_ data: Data, to url: URL) throws {
        if let old = try? Data(contentsOf: url), old == data { return }
        try data.write(to: url, options: .atomic)
    }
}

/// Target names from file paths: letters, digits and `_`, never starting with a digit, unique.
struct ProgramNames {
    private var used: Set<String> = []

    mutating func unique(for file: String, prefix: String) -> String {
        var path = file
        if path.hasPrefix("./") { path.removeFirst(2) }
        if path.hasSuffix(".md") || path.hasSuffix(".swift") { path = (path as NSString).deletingPathExtension }
        var name = prefix + String(path.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) ? Character(scalar) : "_"
        })
        if name.first.map({ !$0.isLetter && $0 != "_" }) ?? true { name = "L" + name }
        var candidate = name
        var n = 2
        while used.contains(candidate) || SwiftPackageExport.libraries.contains(candidate) {
            candidate = "\(name)_\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }
}

/// The exported package's `Package.swift`.
enum PackageManifestText {
    static func render(targets: [String]) -> String {
        var lines = [
            "// swift-tools-version:6.0",
            "// Written by `lesson export swift`: one executable per lesson or program, built against",
            "// the engine's own sources (Sources/ConvEngine links to the project's).",
            "import PackageDescription",
            "",
            "// The engine's kernels as the project builds them: a portable copy, an AVX2+FMA copy and an",
            "// AVX-512 matrix product, the last two only called after a CPU check.",
            "let fast: [SwiftSetting] = [.unsafeFlags([\"-Ounchecked\"], .when(configuration: .release))]",
            "#if arch(x86_64)",
            "let avx2: [SwiftSetting] = fast + [.unsafeFlags([\"-Xcc\", \"-mavx2\", \"-Xcc\", \"-mfma\"]), .define(\"FUSED_MULTIPLY_ADD\"), .define(\"AVX2_BUILD\")]",
            "let avx512: [SwiftSetting] = fast + [.unsafeFlags([\"-Xcc\", \"-mavx512f\", \"-Xcc\", \"-mavx512vl\", \"-Xcc\", \"-mavx2\", \"-Xcc\", \"-mfma\"])]",
            "#else",
            "let avx2: [SwiftSetting] = fast",
            "let avx512: [SwiftSetting] = fast",
            "#endif",
            "",
            "let package = Package(",
            "    name: \"exported-lessons\",",
            "    platforms: [.macOS(.v15)],",
            "    targets: [",
            "        .target(name: \"ConvKernels\", swiftSettings: fast),",
            "        .target(name: \"ConvKernelsAVX2\", swiftSettings: avx2),",
            "        .target(name: \"ConvKernelsAVX512\", swiftSettings: avx512),",
            "        .target(name: \"ConvEngine\", dependencies: [\"ConvKernels\", \"ConvKernelsAVX2\", \"ConvKernelsAVX512\"], swiftSettings: fast),",
            "        .target(name: \"LessonFigures\"),",
            "        .target(name: \"LessonSupport\", dependencies: [\"ConvEngine\", \"LessonFigures\"]),",
            "        .target(name: \"LessonPrelude\"),",
        ]
        let libraries = ["ConvEngine", "LessonFigures", "LessonSupport", "LessonPrelude"].map { "\"\($0)\"" }.joined(separator: ", ")
        for target in targets {
            lines.append("        .executableTarget(name: \"\(target)\", dependencies: [\(libraries)]),")
        }
        lines += ["    ],", "    swiftLanguageModes: [.v5]", ")", ""]
        return lines.joined(separator: "\n")
    }
}
