#if canImport(Glibc)
    public import Glibc
#endif
public import Foundation

/// An open folder that every name below it is reached through: `openat`,
/// `mkdirat`, `renameat`, `unlinkat` relative to its descriptor, one
/// component at a time, never following a symlink (`O_NOFOLLOW`,
/// `AT_SYMLINK_NOFOLLOW`). A player who swaps a folder for a link after it
/// was opened changes nothing: the handle still points at the real folder.
public final class DirectoryHandle: Sendable {
    public let descriptor: Int32
    /// For messages only; never opened again by name.
    public let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit { close(descriptor) }

    /// Opens `url` as a folder. Its last component must be a real folder;
    /// the ones before it are the host's own path (a data folder may sit behind a link).
    public static func open(_ url: URL) throws(SafePathError) -> DirectoryHandle {
        let descriptor = Glibc.open(url.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            var info = stat()
            let kind: mode_t? = lstat(url.path, &info) == 0 ? info.st_mode & S_IFMT : nil
            throw Self.refusal(code, kind: kind, path: url.path, wanted: S_IFDIR)
        }
        return DirectoryHandle(descriptor: descriptor, path: url.path)
    }

    func child(_ name: String) -> String { path + "/" + name }

    /// The type and size of `name`, without following a link; nil when it does not exist.
    public func status(of name: String) -> stat? {
        var info = stat()
        return fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 ? info : nil
    }

    /// The entries of the folder, without "." and "..", sorted.
    public func names() -> [String] {
        let copy = dup(descriptor)
        guard copy >= 0, let stream = fdopendir(copy) else { return [] }
        defer { closedir(stream) }
        rewinddir(stream)
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Opens `name` as a real folder below this one.
    public func folder(_ name: String) throws(SafePathError) -> DirectoryHandle {
        try Self.check(name, in: self)
        let opened = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard opened >= 0 else { throw Self.refusal(errno, kind: status(of: name).map { $0.st_mode & S_IFMT }, path: child(name), wanted: S_IFDIR) }
        return DirectoryHandle(descriptor: opened, path: child(name))
    }

    /// Opens `name` as a real folder, creating it with exactly `mode` if it is
    /// missing. A folder with the setgid bit passes it on, so what is made
    /// inside a house's folder keeps the house's group.
    public func folder(_ name: String, creatingWith mode: mode_t) throws(SafePathError) -> DirectoryHandle {
        do {
            return try folder(name)
        } catch  where error.code == .missing {
            if mkdirat(descriptor, name, 0o700) != 0, errno != EEXIST {
                throw SafePathError(.failed, path: child(name), "cannot create: \(String(cString: strerror(errno)))")
            }
            let created = try folder(name)
            _ = fchmod(created.descriptor, mode | (inheritedBits & S_ISGID))
            return created
        }
    }

    /// The setgid bit of this folder, which its new subfolders take over.
    public var inheritedBits: mode_t {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? info.st_mode & S_ISGID : 0
    }

    /// Opens `name` for reading: a regular file or nothing (`O_NOFOLLOW`, `O_NONBLOCK`:
    /// a link is refused and a FIFO never blocks). The caller closes the descriptor.
    public func openForReading(_ name: String) throws(SafePathError) -> Int32 {
        try Self.check(name, in: self)
        let opened = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard opened >= 0 else { throw Self.refusal(errno, kind: status(of: name).map { $0.st_mode & S_IFMT }, path: child(name), wanted: S_IFREG) }
        return opened
    }

    /// The whole content of the regular file `name`, at most `limit` bytes; nil when it is missing.
    public func contents(of name: String, limit: Int = 16 << 20) throws(SafePathError) -> Data? {
        let opened: Int32
        do {
            opened = try openForReading(name)
        } catch  where error.code == .missing {
            return nil
        }
        defer { close(opened) }
        var info = stat()
        guard fstat(opened, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw SafePathError(.notAFile, path: child(name), "is not a regular file; left alone")
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while data.count <= limit {
            let count = read(opened, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return data
    }

    /// The content of the regular file at `url`, read without following a
    /// link in its folder's last component or its own name; nil when it is
    /// missing or refused.
    public static func contents(of url: URL) -> Data? {
        try? open(url.deletingLastPathComponent()).contents(of: url.lastPathComponent)
    }

    /// What `name` points to, when it is a symlink.
    public func linkTarget(_ name: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlinkat(descriptor, name, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Makes a rename in this folder durable.
    public func sync() { _ = fsync(descriptor) }

    /// Gives the folder to `group` and sets the setgid bit, so everything made inside keeps the group.
    public func give(toGroup group: gid_t) throws(SafePathError) {
        guard fchown(descriptor, uid_t.max, group) == 0 else {
            throw SafePathError(.failed, path: path, "cannot give it to group \(group): \(String(cString: strerror(errno)))")
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, fchmod(descriptor, (info.st_mode & 0o777) | S_ISGID) == 0 else {
            throw SafePathError(.failed, path: path, "cannot set the setgid bit: \(String(cString: strerror(errno)))")
        }
    }

    /// Sets the permissions of the regular file `name` to exactly `mode`
    /// (never through a link); false when it cannot (not the owner, not a file).
    @discardableResult
    public func setMode(of name: String, to mode: mode_t) -> Bool {
        guard let file = try? openForReading(name) else { return false }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        return fchmod(file, mode) == 0
    }

    /// Sets the folder's permissions to exactly `mode`, keeping its setgid bit.
    public func setMode(_ mode: mode_t) {
        _ = fchmod(descriptor, mode | inheritedBits)
    }

    static func check(_ name: String, in folder: DirectoryHandle) throws(SafePathError) {
        guard !name.isEmpty, name != ".", name != "..", !name.contains("/"), !name.contains("\0") else {
            throw SafePathError(.badName, path: folder.path, "\"\(name)\" is not a name inside this folder")
        }
    }

    /// Why opening failed, from errno and what `lstat` saw at the name.
    public static func refusal(_ code: Int32, kind: mode_t?, path: String, wanted: mode_t) -> SafePathError {
        switch kind {
        case nil where code == ENOENT: return SafePathError(.missing, path: path, "does not exist")
        case S_IFLNK?: return SafePathError(.symlink, path: path, "is a symbolic link; not followed, left alone")
        case let kind? where kind != wanted:
            return wanted == S_IFDIR
                ? SafePathError(.notAFolder, path: path, "is not a real folder; left alone")
                : SafePathError(.notAFile, path: path, "is not a regular file; left alone")
        default: return SafePathError(.failed, path: path, "cannot open: \(String(cString: strerror(code)))")
        }
    }
}
