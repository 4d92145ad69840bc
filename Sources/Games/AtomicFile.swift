public import Foundation
#if canImport(Glibc)
    public import Glibc
#endif

/// Writes files so that a reader sees the old content or the new, never a
/// part, by path: the folder is opened as a `DirectoryHandle` (its last
/// component never a link) and the file written through it. Temporary names
/// start with "." so the daemon never ingests them.
public enum AtomicFile {
    /// - Parameter durable: fsync the file and its folder. A file that can be
    ///   rebuilt from the database after a power cut (a receipt) may skip it:
    ///   readers still see all of it or nothing.
    public static func write(_ data: Data, to url: URL, durable: Bool = true, mode: mode_t = FileModes.file) throws {
        try DirectoryHandle.open(url.deletingLastPathComponent()).write(data, to: url.lastPathComponent, mode: mode, durable: durable)
    }

    /// Places a new file whole, never over an existing one; false if `url` exists.
    public static func writeNew(_ data: Data, to url: URL) throws -> Bool {
        try DirectoryHandle.open(url.deletingLastPathComponent()).writeNew(data, to: url.lastPathComponent)
    }

    /// Makes a rename in `folder` durable.
    public static func syncFolder(_ folder: URL) {
        try? DirectoryHandle.open(folder).sync()
    }

    /// Creates `url` and any missing folder above it, each with exactly `mode`;
    /// folders that exist keep theirs.
    public static func createFolders(_ url: URL, mode: mode_t) throws {
        var missing: [URL] = []
        var current = url.standardizedFileURL
        while current.path != "/", !FileManager.default.fileExists(atPath: current.path) {
            missing.append(current)
            current.deleteLastPathComponent()
        }
        for folder in missing.reversed() {
            if mkdir(folder.path, 0o700) != 0, errno != EEXIST { throw posixError("create \(folder.path)") }
            _ = chmod(folder.path, mode)
        }
    }

    public static func posixError(_ what: String) -> NSError {
        let code = errno
        return NSError(domain: NSPOSIXErrorDomain, code: Int(code), userInfo: [NSLocalizedDescriptionKey: "cannot \(what): \(String(cString: strerror(code)))"])
    }
}
