public import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Writes files so that a reader sees the old content or the new, never a
/// part: a hidden temporary file in the same folder, fsync, rename, fsync of
/// the folder. Temporary names start with "." so the daemon never ingests them.
public enum AtomicFile {
    /// - Parameter durable: fsync the file and its folder. A file that can be
    ///   rebuilt from the database after a power cut (a receipt) may skip it:
    ///   readers still see all of it or nothing.
    public static func write(_ data: Data, to url: URL, durable: Bool = true) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw posixError("create \(temporary.path)") }
        do {
            try data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw posixError("write \(temporary.path)")
                    }
                    offset += written
                }
            }
            if durable, fsync(descriptor) != 0 { throw posixError("fsync \(temporary.path)") }
            close(descriptor)
        } catch {
            close(descriptor)
            unlink(temporary.path)
            throw error
        }
        guard rename(temporary.path, url.path) == 0 else {
            let error = posixError("rename to \(url.path)")
            unlink(temporary.path)
            throw error
        }
        if durable { syncFolder(folder) }
    }

    /// Places a new file whole, never over an existing one; false if `url` exists.
    ///
    /// The bytes go to a hidden temporary file first; a hard link then claims
    /// the name atomically (it fails if the name is taken). Opening and closing
    /// the new name for writing raises the close-after-write event a watcher
    /// waits for; the file is complete before it has its name.
    public static func writeNew(_ data: Data, to url: URL) throws -> Bool {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        try write(data, to: temporary)
        defer { unlink(temporary.path) }
        guard link(temporary.path, url.path) == 0 else {
            if errno == EEXIST { return false }
            throw posixError("place \(url.path)")
        }
        let descriptor = open(url.path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        if descriptor >= 0 { close(descriptor) }
        syncFolder(folder)
        return true
    }

    /// Makes a rename in `folder` durable.
    public static func syncFolder(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    public static func posixError(_ what: String) -> NSError {
        let code = errno
        return NSError(domain: NSPOSIXErrorDomain, code: Int(code), userInfo: [NSLocalizedDescriptionKey: "cannot \(what): \(String(cString: strerror(code)))"])
    }
}
