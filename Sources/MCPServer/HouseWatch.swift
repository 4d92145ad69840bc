internal import Foundation
internal import Watcher

/// Inotify on the house's folder (where the daemon renames a new `view.json`
/// into place) and its `receipts/`, feeding `FolderChanges`. libinotifytools
/// has one instance per process, which this server process has to itself.
final class HouseWatch {
    let changes: FolderChanges
    private let controlFolder: URL
    private var watcher: InotifyWatcher?

    init(changes: FolderChanges) {
        self.changes = changes
        controlFolder = FileManager.default.temporaryDirectory
            .appendingPathComponent("ec4x-mcp-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))", isDirectory: true)
    }

    /// Watches `folders`; throws when inotify cannot be used, since waiting
    /// without it would mean reading the disk in a loop.
    func start(folders: [URL]) throws {
        let changes = changes
        let watcher = InotifyWatcher(controlFolder: controlFolder) { _ in changes.changed() }
        try watcher.start()
        for folder in folders {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            watcher.watch(folder.path)
        }
        watcher.waitUntilWatching()
        if let (path, reason) = watcher.failedWatches.first {
            watcher.stop()
            throw StartupRefusal(description: "cannot watch \(path) with inotify: \(reason)")
        }
        self.watcher = watcher
    }

    func stop() {
        watcher?.stop()
        watcher = nil
        try? FileManager.default.removeItem(at: controlFolder)
    }
}
