#if canImport(Glibc)
    import Glibc
#endif

/// The database and its companions are the owner's alone (0600, DESIGN.md §4):
/// they hold every house's secrets. SQLite gives the `-wal` and `-shm` files
/// the database file's own permissions, so creating the database 0600 before
/// SQLite opens it is enough, whatever the umask.
enum PrivateFile {
    static let mode: mode_t = 0o600

    /// Creates an empty file at `path` with exactly mode 0600; fails if it exists.
    static func create(_ path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            throw StorageError(.unreadable, "cannot create \(path): \(String(cString: strerror(errno)))")
        }
        _ = fchmod(descriptor, mode)
        close(descriptor)
    }

    /// Takes group and other access away from a database made by an older
    /// version (0644), and from its WAL and shared-memory files.
    static func tighten(_ path: String) {
        for file in [path, path + "-wal", path + "-shm"] {
            var info = stat()
            guard lstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o077 != 0 else { continue }
            _ = chmod(file, mode)
        }
    }
}
