internal import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// The temporary files ec4x itself writes (`AtomicFile`: `.<name>.<pid>.<random>.tmp`)
/// and leaves behind when killed mid-write. One is stale when the process
/// named in it is gone; a live `ec4x submit` keeps its own.
enum StaleTemporaryFiles {
    /// The writer's process id when `name` is one of ec4x's temporary names.
    static func writer(of name: String) -> Int32? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropFirst().dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, !parts[0].isEmpty,
            let random = parts.last, !random.isEmpty, random.allSatisfy(\.isASCII), UInt32(random) != nil,
            let pid = Int32(parts[parts.count - 2]), pid > 0
        else { return nil }
        return pid
    }

    /// Whether a temporary file named `name` may be removed: ours, and its writer is gone.
    static func isStale(_ name: String, isAlive: (Int32) -> Bool) -> Bool {
        guard let pid = writer(of: name) else { return false }
        return !isAlive(pid)
    }

    static func processIsAlive(_ pid: Int32) -> Bool {
        if pid == getpid() { return true }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    /// Removes the stale temporary files under `folder` (not following links);
    /// returns how many.
    static func sweep(_ folder: URL) -> Int {
        guard
            let walker = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [], errorHandler: { _, _ in true })
        else { return 0 }
        var removed = 0
        for case let url as URL in walker {
            let name = url.lastPathComponent
            guard isStale(name, isAlive: processIsAlive),
                (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            else { continue }
            if unlink(url.path) == 0 { removed += 1 }
        }
        return removed
    }
}
