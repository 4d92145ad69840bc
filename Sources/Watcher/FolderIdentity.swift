internal import CInotifyTools

/// Which file or folder a path names right now: device, inode and birth
/// time. A folder deleted and made again, or a database restored from a
/// copy, has the same path and another identity — even when the filesystem
/// reuses the freed inode number at once, as ext4 does.
public struct FolderIdentity: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var born: Int64
    public var bornNanoseconds: UInt32

    public init(device: UInt64, inode: UInt64, born: Int64 = 0, bornNanoseconds: UInt32 = 0) {
        self.device = device
        self.inode = inode
        self.born = born
        self.bornNanoseconds = bornNanoseconds
    }

    /// The identity of what `path` names (not following a final symlink); nil when nothing is there.
    public static func of(_ path: String) -> FolderIdentity? {
        var device: UInt64 = 0
        var inode: UInt64 = 0
        var born: Int64 = 0
        var nanoseconds: UInt32 = 0
        guard ec4x_identity(path, &device, &inode, &born, &nanoseconds) == 0 else { return nil }
        return FolderIdentity(device: device, inode: inode, born: born, bornNanoseconds: nanoseconds)
    }
}
