/// Decides when a dropped file is complete (DESIGN.md §4): on inotify, when
/// it was closed after writing or moved in; when polling, when its size and
/// modification time did not change between two looks.
struct FileCompletion {
    private var hinted = Set<String>()
    private var observed: [String: (size: Int64, modified: Int64)] = [:]

    /// inotify said the file at `path` is complete.
    mutating func hint(_ path: String) { hinted.insert(path) }

    /// Whether `entry` may be taken now. Non-regular entries are refused at
    /// once (there is nothing to wait for); regular files wait for a hint or
    /// for a second identical look.
    mutating func isComplete(_ entry: DropEntry) -> Bool {
        let path = entry.url.path
        guard entry.kind == .regularFile else { return true }
        if hinted.remove(path) != nil {
            observed[path] = nil
            return true
        }
        let now = (entry.size, entry.modified)
        if let before = observed[path], before == now {
            observed[path] = nil
            return true
        }
        observed[path] = now
        return false
    }

    /// Forgets files that are gone.
    mutating func taken(_ path: String) {
        hinted.remove(path)
        observed[path] = nil
    }

    var hasWaitingFiles: Bool { !observed.isEmpty }
}
