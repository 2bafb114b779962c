import Foundation

/// Finds a student's copy of a key lesson. A student is a folder (named after the student)
/// or a single file. In a folder the copy is looked up by the key's path relative to the key
/// folder (`zh/5.1.1.md`), then by file name when exactly one file has it.
public struct SubmissionFinder: Sendable {
    public let student: String
    public let files: [String]
    /// The folder searched, nil for a single file.
    public let folder: String?

    /// `path` is a folder (searched for .md files) or a file.
    public init(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LessonDiscovery.Failure.missing(path)
        }
        let url = URL(fileURLWithPath: path).standardizedFileURL
        student = isDirectory.boolValue ? url.lastPathComponent : url.deletingLastPathComponent().lastPathComponent
        files = isDirectory.boolValue ? ((try? LessonDiscovery.files(in: [path])) ?? []) : [path]
        folder = isDirectory.boolValue ? (path.hasSuffix("/") ? String(path.dropLast()) : path) : nil
    }

    /// The student's copy of `keyFile` (a lesson found under `keyRoot`), if any. The file-name
    /// fallback applies only when no other key file in `keyFiles` has the same name, so
    /// `zh/5.1.1.md` is never graded with a student's `5.1.1.md`.
    public func submission(for keyFile: String, keyRoot: String, keyFiles: [String]) -> String? {
        let relative = Self.relative(keyFile, to: keyRoot)
        if let folder, files.contains(folder + "/" + relative) { return folder + "/" + relative }
        let name = (keyFile as NSString).lastPathComponent
        guard keyFiles.filter({ ($0 as NSString).lastPathComponent == name }).count == 1 else { return nil }
        let sameName = files.filter { ($0 as NSString).lastPathComponent == name }
        return sameName.count == 1 ? sameName[0] : nil
    }

    static func relative(_ file: String, to root: String) -> String {
        let base = root.hasSuffix("/") ? root : root + "/"
        return file.hasPrefix(base) ? String(file.dropFirst(base.count)) : (file as NSString).lastPathComponent
    }
}
