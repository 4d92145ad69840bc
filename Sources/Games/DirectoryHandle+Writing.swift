#if canImport(Glibc)
    public import Glibc
#endif
public import Foundation

extension DirectoryHandle {
    /// Writes `name` so that a reader sees the old content or the new, never a
    /// part: a hidden temporary file in this folder (created with `O_EXCL`,
    /// given exactly `mode`), fsync, `renameat`, fsync of the folder. When
    /// `name` is there but is not a regular file (a folder, a link a player
    /// planted), nothing is written and the entry is left alone.
    ///
    /// - Parameter durable: fsync the file and its folder. A file that can be
    ///   rebuilt from the database after a power cut (a receipt) may skip it.
    public func write(_ data: Data, to name: String, mode: mode_t = FileModes.file, durable: Bool = true) throws(SafePathError) {
        try Self.check(name, in: self)
        try requireFileOrNothing(name)
        let temporary = try writeTemporary(data, for: name, mode: mode, durable: durable)
        guard renameat(descriptor, temporary, descriptor, name) == 0 else {
            let code = errno
            unlinkat(descriptor, temporary, 0)
            throw Self.refusal(code, kind: status(of: name).map { $0.st_mode & S_IFMT }, path: child(name), wanted: S_IFREG)
        }
        if durable { sync() }
    }

    /// Places a new file whole, never over an existing entry; false if `name` is taken.
    ///
    /// The bytes go to a hidden temporary file; a hard link claims the name
    /// atomically, and the temporary name goes at once, so the file has a
    /// single link when anyone looks. Opening and closing it for writing then
    /// raises the close-after-write event a watcher waits for.
    public func writeNew(_ data: Data, to name: String, mode: mode_t = FileModes.file) throws(SafePathError) -> Bool {
        try Self.check(name, in: self)
        let temporary = try writeTemporary(data, for: name, mode: mode, durable: true)
        let linked = linkat(descriptor, temporary, descriptor, name, 0) == 0
        let code = errno
        unlinkat(descriptor, temporary, 0)
        guard linked else {
            if code == EEXIST { return false }
            throw SafePathError(.failed, path: child(name), "cannot place: \(String(cString: strerror(code)))")
        }
        let reopened = openat(descriptor, name, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        if reopened >= 0 { close(reopened) }
        sync()
        return true
    }

    /// Moves `name` into `target` as `newName` (`renameat`: a link moves as
    /// the link, never what it points to). A missing target name is refused
    /// when it is a folder; a regular file there is replaced.
    public func move(_ name: String, to target: DirectoryHandle, as newName: String) throws(SafePathError) {
        try Self.check(name, in: self)
        try Self.check(newName, in: target)
        try target.requireFileOrNothing(newName)
        guard renameat(descriptor, name, target.descriptor, newName) == 0 else {
            let code = errno
            if code == ENOENT { throw SafePathError(.missing, path: child(name), "does not exist") }
            throw SafePathError(.failed, path: target.child(newName), "cannot move \(name) here: \(String(cString: strerror(code)))")
        }
    }

    /// Removes the entry `name` itself (a link, never what it points to).
    public func remove(_ name: String) {
        guard (try? Self.check(name, in: self)) != nil else { return }
        unlinkat(descriptor, name, 0)
    }

    /// Refuses when `name` exists and is not a regular file.
    func requireFileOrNothing(_ name: String) throws(SafePathError) {
        guard let info = status(of: name) else { return }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else { throw Self.refusal(0, kind: kind, path: child(name), wanted: S_IFREG) }
    }

    /// A hidden temporary file holding `data`, its mode exactly `mode`; returns its name.
    private func writeTemporary(_ data: Data, for name: String, mode: mode_t, durable: Bool) throws(SafePathError) -> String {
        // Hidden (the daemon never ingests dot files) and short enough for NAME_MAX whatever `name` is.
        let temporary = ".\(name.utf8.count > 64 ? String(name.prefix(32)) : name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let file = openat(descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, FileModes.privateFile)
        guard file >= 0 else { throw SafePathError(.failed, path: child(temporary), "cannot create: \(String(cString: strerror(errno)))") }
        var failure: SafePathError?
        if fchmod(file, mode) != 0 {
            failure = SafePathError(.failed, path: child(temporary), "cannot set its mode: \(String(cString: strerror(errno)))")
        }
        data.withUnsafeBytes { buffer in
            var offset = 0
            while failure == nil, offset < buffer.count {
                let written = Glibc.write(file, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = SafePathError(.failed, path: child(temporary), "cannot write: \(String(cString: strerror(errno)))")
                }
                offset += max(written, 0)
            }
        }
        if failure == nil, durable, fsync(file) != 0 {
            failure = SafePathError(.failed, path: child(temporary), "cannot fsync: \(String(cString: strerror(errno)))")
        }
        close(file)
        if let failure {
            unlinkat(descriptor, temporary, 0)
            throw failure
        }
        return temporary
    }
}
