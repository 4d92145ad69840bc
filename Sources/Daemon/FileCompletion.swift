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
///
/// A file can also arrive with neither a close nor a rename: linked in with
/// `ln` (its writer closed it in another folder). No event will announce it,
/// so it counts when it stayed the same for `unreportedSettles` settle
/// intervals. It does not count sooner for having another name: `ec4x
/// submit` itself places a file by linking it, and closes it (raising the
/// event) only once its temporary name is gone.
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
        // Written while watched: its close or rename will be reported; wait for
        // that, or for a long quiet if it came in some other way.
        let written = hintsSince.map { entry.modified > $0 } ?? false
        guard let since = unchangedSince(entry, now: now) else { return false }
        return now.timeIntervalSince(since) >= (written ? settle * Self.unreportedSettles : settle)
    }

    /// When the file was first seen as it is now; nil when it is new or
    /// changed, and its clock starts now.
    private mutating func unchangedSince(_ entry: DropEntry, now: Date) -> Date? {
        let path = entry.url.path
        if let look = firstLook[path], look.size == entry.size, look.modified == entry.modified { return look.at }
        firstLook[path] = (entry.size, entry.modified, now)
        return nil
    }

    /// How many settle intervals a file written while watched, but never
    /// reported closed or renamed in, must stay the same before it counts
    /// (30 s at the default interval): long beside any pause of a writer that
    /// still has to close the file, which `OpenWriters` also catches when it
    /// can see the writer.
    static let unreportedSettles: TimeInterval = 30

    /// Starts the settle clock of every file listed that no event vouches
    /// for: a house's later files settle while an earlier one is still
    /// waiting, rather than one file per settle interval.
    mutating func look(at entries: [DropEntry], now: Date) {
        for entry in entries where entry.kind == .regularFile && !hinted.contains(entry.url.path) {
            _ = unchangedSince(entry, now: now)
        }
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
