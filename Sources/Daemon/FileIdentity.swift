#if canImport(Glibc)
    import Glibc
#endif
internal import Watcher

/// Which file or folder a path names right now. A folder deleted and made
/// again, or a database restored from a copy, has the same path and another
/// identity (the birth time tells them apart where the inode number is reused).
struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
    /// Birth time in nanoseconds since 1970; 0 where unknown.
    var born: Int64 = 0

    /// The identity of what `path` names (not following a final symlink); nil when nothing is there.
    static func of(_ path: String) -> FileIdentity? {
        guard let found = FolderIdentity.of(path) else { return nil }
        return FileIdentity(device: found.device, inode: found.inode, born: found.born * 1_000_000_000 + Int64(found.bornNanoseconds))
    }

    /// Device and inode only: enough for a file this process holds open (its
    /// inode number cannot be handed to another file meanwhile).
    static func inode(of path: String) -> FileIdentity? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// The identity of an open descriptor (device and inode).
    static func of(descriptor: Int32) -> FileIdentity? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// What became of something known by identity when its path is looked at again.
    enum Change: Equatable {
        case same
        /// Nothing is at the path any more.
        case vanished
        /// Something else is at the path (deleted and made again, restored, replaced).
        case replaced
    }

    static func change(from held: FileIdentity, to now: FileIdentity?) -> Change {
        guard let now else { return .vanished }
        return now == held ? .same : .replaced
    }
}
