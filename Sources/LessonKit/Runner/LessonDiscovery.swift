import Foundation

/// Finds lesson files: every `.md` below the given folders (recursively), or the files named,
/// in a stable order (path order, so `5.1.2` runs after `5.1.1`).
public enum LessonDiscovery {
    public enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case noLessons(String)
        case unreadableFolder(String)
        public var description: String {
            switch self {
            case .missing(let path): return "\(path): no such file or directory"
            case .noLessons(let path): return "\(path): no lessons (.md files) found"
            case .unreadableFolder(let path): return "\(path): folder cannot be read (permission denied?); its lessons would be skipped"
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
            let inside = try relativePaths(below: base)
                .filter { $0.hasSuffix(".md") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                .map { base + "/" + $0 }
                .filter { !isDirectoryPath($0) }
            guard !inside.isEmpty else { throw Failure.noLessons(path) }
            found += sortedInLessonOrder(inside)
        }
        var seen = Set<String>()
        return found.filter { seen.insert($0).inserted }
    }

    /// Every path below a folder, relative to it. A folder that cannot be read is an error, not
    /// a silent gap in the run (a CI run would pass without its lessons).
    private static func relativePaths(below folder: String) throws -> [String] {
        guard FileManager.default.isReadableFile(atPath: folder), FileManager.default.isExecutableFile(atPath: folder) else {
            throw Failure.unreadableFolder(folder)
        }
        let root = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        func relative(_ url: URL) -> String {
            let full = url.standardizedFileURL.path
            return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : url.lastPathComponent
        }
        var unreadable: String?
        guard let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil, options: [],
                                                        errorHandler: { url, _ in unreadable = unreadable ?? relative(url); return true })
        else { throw Failure.unreadableFolder(folder) }
        var found: [String] = []
        for case let url as URL in walk { found.append(relative(url)) }
        if let unreadable { throw Failure.unreadableFolder(folder + "/" + unreadable) }
        return found
    }

    /// Lesson order: folder first, then file name, comparing numbers by value so `5.1.10`
    /// follows `5.1.9`. Each path's folder is worked out once, not at every comparison.
    static func sortedInLessonOrder(_ paths: [String]) -> [String] {
        paths.map { (folder: folder(of: $0), path: $0) }
            .sorted { a, b in
                if a.folder != b.folder { return a.folder.compare(b.folder, options: .numeric) == .orderedAscending }
                return a.path.compare(b.path, options: .numeric) == .orderedAscending
            }
            .map(\.path)
    }

    private static func folder(of path: String) -> String { (path as NSString).deletingLastPathComponent }

    private static func isDirectoryPath(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The `save` cells a lesson sees: those of the lessons before it in its own folder.
    public static func savedCells(before file: String, loaded: [String: Lesson]) -> [SavedCell] {
        savedCells(before: [file], loaded: loaded)[0]
    }

    /// The `save` cells each of `files` sees, worked out together: each folder is listed and
    /// sorted once and each earlier lesson read once (one lesson at a time, a folder of 300
    /// lessons spent 1.9 s here, 88% of its whole `lesson test`).
    public static func savedCells(before files: [String], loaded: [String: Lesson]) -> [[SavedCell]] {
        var listings: [String: [String]] = [:]
        var savedBy: [String: [SavedCell]] = [:]
        return files.map { file in
            let folder = folder(of: file)
            let siblings = listings[folder] ?? siblingFiles(inFolder: folder)
            listings[folder] = siblings
            // Siblings are sorted, so those before `file` are a prefix: find where it ends.
            var low = 0, high = siblings.count
            while low < high {
                let middle = (low + high) / 2
                if siblings[middle].compare(file, options: .numeric) == .orderedAscending { low = middle + 1 } else { high = middle }
            }
            return siblings[..<low].flatMap { sibling -> [SavedCell] in
                if let cells = savedBy[sibling] { return cells }
                let lesson = loaded[sibling] ?? (try? Data(contentsOf: URL(fileURLWithPath: sibling)))
                    .map { Lesson.parse(data: $0, file: sibling) }
                let cells = lesson?.cells.filter { $0.attributes.save && !$0.attributes.ignore }
                    .map { SavedCell(file: sibling, cell: $0) } ?? []
                savedBy[sibling] = cells
                return cells
            }
        }
    }

    /// The `.md` files directly in `folder`, including ones not named on the command line
    /// (running one lesson alone still gets its folder's saved declarations), in lesson order.
    private static func siblingFiles(inFolder folder: String) -> [String] {
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        // One folder: lesson order is the paths' numeric order.
        return listed.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
            .map { folder.isEmpty ? $0 : folder + "/" + $0 }
            .sorted { $0.compare($1, options: .numeric) == .orderedAscending }
    }
}
