import Foundation

/// A lesson file as it was read: its bytes and modification date, so that a later write can
/// check nobody changed the file in between.
public struct LessonFileSnapshot: Sendable {
    public let url: URL
    public let data: Data
    public let modificationDate: Date?

    /// Reads the file now.
    public static func read(_ url: URL) throws -> LessonFileSnapshot {
        // The system's own words, said plainly ("permission denied", "not a regular file"), with
        // the path as the user gave it.
        var status = stat()
        if stat(url.path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw LessonFileError.unreadable(path: url.relativePath, reason: "not a regular file")
        }
        if access(url.path, R_OK) != 0 {
            throw LessonFileError.unreadable(path: url.relativePath, reason: String(cString: strerror(errno)).lowercased())
        }
        do {
            let data = try Data(contentsOf: url)
            return LessonFileSnapshot(url: url, data: data, modificationDate: LessonFileWriter.modificationDate(of: url))
        } catch {
            throw LessonFileError.unreadable(path: url.relativePath, reason: error.localizedDescription)
        }
    }

    /// The lesson parsed from the snapshot's bytes; the file name in diagnostics is the path as given.
    public func lesson() -> Lesson {
        Lesson.parse(data: data, file: url.relativePath)
    }
}

/// Failures reading or writing a lesson file, with the path.
public enum LessonFileError: Error, Equatable, CustomStringConvertible, Sendable {
    case unreadable(path: String, reason: String)
    case changedOnDisk(path: String)
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .changedOnDisk(let path): return "\(path): changed on disk since it was read; not overwritten (run again)"
        case .unwritable(let path, let reason): return "\(path): cannot write: \(reason)"
        }
    }
}

/// Writes a lesson file atomically: a temporary file in the same directory, then `rename`,
/// so a reader sees either the old or the new text, never half of it.
public enum LessonFileWriter {
    /// Replaces the file read as `snapshot` with `text`, unless the file changed on disk since
    /// (different bytes or modification date), in which case it throws `.changedOnDisk`.
    /// Writing text equal to the snapshot does nothing.
    /// A symbolic link is followed: the file it points to is replaced, the link stays.
    public static func write(_ text: String, replacing snapshot: LessonFileSnapshot) throws {
        let url = snapshot.url.resolvingSymlinksInPath()
        let newData = Data(text.utf8)
        let current = try? Data(contentsOf: url)
        guard current == snapshot.data, modificationDate(of: url) == snapshot.modificationDate else {
            throw LessonFileError.changedOnDisk(path: url.path)
        }
        if newData == snapshot.data { return }
        var status = stat()
        let known = stat(url.path, &status) == 0
        // A read-only lesson stays as it is (replacing it by rename would ignore its mode), even
        // for root, whom the system would let write it.
        guard access(url.path, W_OK) == 0, !known || status.st_mode & S_IWUSR != 0 else {
            throw LessonFileError.unwritable(path: url.path, reason: "the file is read-only")
        }
        // A file with other hard links is written in place, so every name sees the new text.
        if known, status.st_nlink > 1 {
            do {
                let handle = try FileHandle(forWritingTo: url)
                defer { try? handle.close() }
                try handle.truncate(atOffset: 0)
                try handle.write(contentsOf: newData)
                return
            } catch {
                throw LessonFileError.unwritable(path: url.path, reason: error.localizedDescription)
            }
        }
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try newData.write(to: temporary, options: .withoutOverwriting)
            if let permissions = try? FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] {
                try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
            }
            // The new file keeps the old one's owner where we may set it (when run as root).
            if known { _ = chown(temporary.path, status.st_uid, status.st_gid) }
            guard rename(temporary.path, url.path) == 0 else {
                throw LessonFileError.unwritable(path: url.path, reason: String(cString: strerror(errno)))
            }
        } catch let error as LessonFileError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw LessonFileError.unwritable(path: url.path, reason: error.localizedDescription)
        }
    }

    /// The modification date of the file itself (a symbolic link is followed).
    static func modificationDate(of url: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path))?[.modificationDate] as? Date
    }
}
