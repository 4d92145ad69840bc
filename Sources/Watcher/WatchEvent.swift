/// What the watcher saw. Events are hints: the daemon always re-reads the
/// folder they point at, so a lost or duplicated event costs time, not data.
public enum WatchEvent: Sendable, Equatable {
    /// A file in `directory` was closed after writing or moved in: it is complete.
    case fileCompleted(directory: String, name: String)
    /// Something appeared in `directory` that may need a look (a new folder, a
    /// symlink, a FIFO, a file still being written).
    case entryCreated(directory: String, name: String, isDirectory: Bool)
    /// The kernel dropped events: everything must be rescanned.
    case overflow
}
