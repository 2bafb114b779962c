import Foundation

/// Finds lesson files: every `.md` below the given folders (recursively), or the files named,
/// in a stable order (path order, so `5.1.2` runs after `5.1.1`).
public enum LessonDiscovery {
    public enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case noLessons(String)
        public var description: String {
            switch self {
            case .missing(let path): return "\(path): no such file or directory"
            case .noLessons(let path): return "\(path): no lessons (.md files) found"
            }
        }
    }

    public static func files(in paths: [String]) throws -> [String] {
        var found: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { throw Failure.missing(path) }
            if !isDirectory.boolValue { found.append(path); continue }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let inside = (fm.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".md") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                .map { base + "/" + $0 }
                .filter { !isDirectoryPath($0) }
            guard !inside.isEmpty else { throw Failure.noLessons(path) }
            found += inside.sorted(by: lessonOrder)
        }
        var seen = Set<String>()
        return found.filter { seen.insert($0).inserted }
    }

    /// Folder first, then file name, comparing numbers by value so `5.1.10` follows `5.1.9`.
    static func lessonOrder(_ a: String, _ b: String) -> Bool {
        let da = (a as NSString).deletingLastPathComponent, db = (b as NSString).deletingLastPathComponent
        if da != db { return da.compare(db, options: .numeric) == .orderedAscending }
        return a.compare(b, options: .numeric) == .orderedAscending
    }

    private static func isDirectoryPath(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The `save` cells a lesson sees: those of the lessons before it in its own folder.
    public static func savedCells(before file: String, loaded: [String: Lesson]) -> [SavedCell] {
        let folder = (file as NSString).deletingLastPathComponent
        let siblings = siblingFiles(of: file).filter { lessonOrder($0, file) }
        return siblings.flatMap { sibling -> [SavedCell] in
            let lesson = loaded[sibling] ?? (try? Data(contentsOf: URL(fileURLWithPath: sibling)))
                .map { Lesson.parse(data: $0, file: sibling) }
            guard let lesson, (sibling as NSString).deletingLastPathComponent == folder else { return [] }
            return lesson.cells.filter { $0.attributes.save && !$0.attributes.ignore }.map { SavedCell(file: sibling, cell: $0) }
        }
    }

    /// The `.md` files directly in the lesson's folder, including ones not named on the command
    /// line (running one lesson alone still gets its folder's saved declarations).
    private static func siblingFiles(of file: String) -> [String] {
        let folder = (file as NSString).deletingLastPathComponent
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return listed.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
            .map { folder.isEmpty ? $0 : folder + "/" + $0 }
            .sorted(by: lessonOrder)
    }
}
