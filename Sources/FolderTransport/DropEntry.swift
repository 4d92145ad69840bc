#if canImport(Glibc)
    import Glibc
#endif
public import Foundation

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
        let kind: Kind
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regularFile
        case S_IFLNK: kind = .symlink
        case S_IFIFO: kind = .fifo
        case S_IFDIR: kind = .directory
        default: kind = .other
        }
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return DropEntry(url: url, kind: kind, size: Int64(info.st_size), modified: modified)
    }

    /// The entries of a drop folder that are not ignored, sorted by name.
    public static func list(_ folder: URL) -> [DropEntry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter { !isIgnoredName($0) }.compactMap { inspect(folder.appendingPathComponent($0)) }
    }
}
