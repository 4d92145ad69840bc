internal import Foundation
internal import Games
#if canImport(Glibc)
internal import Glibc
#endif

/// Whether an `ec4x daemon` works on the data folder. The daemon holds an
/// `flock` on `data/.ec4x/daemon.lock` and writes its pid there; we read the
/// pid rather than try the lock, because holding it even for a moment could
/// make a daemon starting at that instant refuse to run.
enum DaemonPresence {
    static func isRunning(data: DataDirectory) -> Bool {
        let lock = data.root.appendingPathComponent(".ec4x/daemon.lock")
        guard let text = try? String(contentsOf: lock, encoding: .utf8),
              let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
