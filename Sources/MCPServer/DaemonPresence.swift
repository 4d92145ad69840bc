internal import Foundation
internal import Games
#if canImport(Glibc)
    internal import Glibc
#endif

/// Whether an `ec4x daemon` works on the data folder: it holds an `flock` on
/// `data/.ec4x/daemon.lock` while it runs. We look the lock up in
/// `/proc/locks` rather than try it, because holding it even for a moment
/// could make a daemon starting at that instant refuse to run; the pid the
/// daemon leaves in the file is only a fallback, as it outlives the daemon.
enum DaemonPresence {
    static func isRunning(data: DataDirectory) -> Bool {
        let lock = data.root.appendingPathComponent(".ec4x/daemon.lock")
        var info = stat()
        guard stat(lock.path, &info) == 0 else { return false }
        if let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) {
            // "1: FLOCK  ADVISORY  WRITE 4242 08:01:1234567 0 EOF": the device and inode come last but two.
            let inode = ":\(info.st_ino)"
            return locks.split(separator: "\n").contains { line in
                let fields = line.split(separator: " ")
                return fields.contains("FLOCK") && fields.contains { $0.hasSuffix(inode) && $0.split(separator: ":").count == 3 }
            }
        }
        guard let text = try? String(contentsOf: lock, encoding: .utf8),
            let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 0
        else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
