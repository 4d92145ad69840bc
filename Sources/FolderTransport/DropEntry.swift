#if canImport(Glibc)
    import Glibc
#endif
public import Foundation
public import Games

/// One entry of a house's `orders/` folder, classified without following links.
public struct DropEntry: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case regularFile = "file"
        case symlink
        case fifo
        case directory
        case other
    }

    public var url: URL
    public var kind: Kind
    public var size: Int64
    /// Modification time in nanoseconds, for the two-polls stability check.
    public var modified: Int64

    public var name: String { url.lastPathComponent }

    /// Names the daemon leaves alone until they are renamed: dot files and
    /// the usual partial-upload suffixes.
    public static func isIgnoredName(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix(".tmp") || name.hasSuffix(".part") || name.hasSuffix("~")
    }

    /// Reads the entry's type with lstat, so a symlink is seen as a symlink.
    public static func inspect(_ url: URL) -> DropEntry? {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return nil }
        return DropEntry(url: url, info: info)
    }

    /// The entry `name` of the drop folder `folder` (whose path is `url`), without following links.
    public static func inspect(_ name: String, in folder: DirectoryHandle, url: URL) -> DropEntry? {
        guard let info = folder.status(of: name) else { return nil }
        return DropEntry(url: url.appendingPathComponent(name), info: info)
    }

    public init(url: URL, kind: Kind, size: Int64, modified: Int64) {
        self.url = url
        self.kind = kind
        self.size = size
        self.modified = modified
    }

    init(url: URL, info: stat) {
        let kind: Kind
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regularFile
        case S_IFLNK: kind = .symlink
        case S_IFIFO: kind = .fifo
        case S_IFDIR: kind = .directory
        default: kind = .other
        }
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        self.init(url: url, kind: kind, size: Int64(info.st_size), modified: modified)
    }

    /// The entries of a drop folder that are not ignored, sorted by name; none
    /// when the folder is not a real folder.
    public static func list(_ folder: URL) -> [DropEntry] {
        guard let handle = try? DirectoryHandle.open(folder) else { return [] }
        return list(handle, url: folder)
    }

    /// The entries of the open drop folder `folder` (whose path is `url`).
    public static func list(_ folder: DirectoryHandle, url: URL) -> [DropEntry] {
        folder.names().filter { !isIgnoredName($0) }.compactMap { inspect($0, in: folder, url: url) }
    }
}
