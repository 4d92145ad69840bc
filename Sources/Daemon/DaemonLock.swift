internal import Foundation
internal import Games
internal import FolderTransport
internal import PlayerProtocol
#if canImport(Glibc)
    import Glibc
#endif

/// One daemon per data folder: two ingesters on the same drop folders could
/// both accept a file. The lock is an `flock` on `data/.ec4x/daemon.lock`,
/// released by the kernel when the process ends, however it ends. The lock
/// is on one file: if the data folder is replaced, the path names another
/// file and the daemon must lock again (`Daemon.holdsLock`).
final class DaemonLock {
    private let descriptor: Int32
    let path: String
    /// The locked file's identity: compared with what `path` names now.
    let identity: FileIdentity

    init(data: DataDirectory) throws {
        let folder = data.root.appendingPathComponent(".ec4x", isDirectory: true)
        try AtomicFile.createFolders(folder, mode: FileModes.privateFolder)
        _ = chmod(folder.path, FileModes.privateFolder)
        path = folder.appendingPathComponent("daemon.lock").path
        descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, FileModes.privateFile)
        guard descriptor >= 0 else { throw AtomicFile.posixError("open \(path)") }
        _ = fchmod(descriptor, FileModes.privateFile)
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            var buffer = [UInt8](repeating: 0, count: 32)
            let count = read(descriptor, &buffer, buffer.count)
            let holder = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            close(descriptor)
            throw GamesError(
                .daemonRunning,
                "another ec4x daemon\(holder.isEmpty ? "" : " (pid \(holder))") is already working on \(data.root.path); stop it first"
            )
        }
        identity = FileIdentity.of(descriptor: descriptor) ?? FileIdentity(device: 0, inode: 0)
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, pid, pid.count, 0)
    }

    deinit { close(descriptor) }
}
