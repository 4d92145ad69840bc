internal import Foundation
internal import Games
internal import FolderTransport
internal import PlayerProtocol

/// Decides when a dropped file is complete (DESIGN.md §4).
///
/// In a watched folder a file counts when inotify says it was closed after
/// writing or renamed in. A file that may have been written while nobody
/// watched (before the watch began, or before a queue overflow lost events),
/// and every file in a folder that is only polled, counts when its size and
/// modification time are the same at two looks at least `settle` apart.
struct FileCompletion {
    private var hinted = Set<String>()
    private var firstLook: [String: (size: Int64, modified: Int64, at: Date)] = [:]

    /// inotify said the file at `path` is complete.
    mutating func hint(_ path: String) { hinted.insert(path) }

    /// - Parameter hintsSince: when hints became reliable for the file's folder
    ///   (nanoseconds since 1970), nil when the folder is only polled.
    mutating func isComplete(_ entry: DropEntry, hintsSince: Int64?, settle: TimeInterval, now: Date) -> Bool {
        let path = entry.url.path
        guard entry.kind == .regularFile else { return true }
        // The kernel's word stands until the file is taken: a file that could
        // not be recorded (a locked database) is still complete at its retry.
        if hinted.contains(path) { return true }
        // Written while watched: its close or rename will be reported; wait for that.
        if let since = hintsSince, entry.modified > since { return false }
        if let look = firstLook[path], look.size == entry.size, look.modified == entry.modified {
            return now.timeIntervalSince(look.at) >= settle
        }
        firstLook[path] = (entry.size, entry.modified, now)
        return false
    }

    /// Forgets hints and looks of files in `folder` that are no longer there,
    /// so a later file with the same name starts afresh.
    mutating func keepOnly(_ present: Set<String>, inFolder folder: String) {
        let prefix = folder + "/"
        hinted = hinted.filter { !$0.hasPrefix(prefix) || present.contains($0) }
        firstLook = firstLook.filter { !$0.key.hasPrefix(prefix) || present.contains($0.key) }
    }

    mutating func taken(_ path: String) {
        hinted.remove(path)
        firstLook[path] = nil
    }

    /// Files seen but not yet complete by the settle rule (they need another look).
    func hasSettlingFiles(settle: TimeInterval, now: Date) -> Bool {
        firstLook.values.contains { now.timeIntervalSince($0.at) < settle }
    }
}
