#if canImport(Glibc)
    public import Glibc
#endif

/// The permissions of everything the program writes (DESIGN.md §4, Trust):
/// nothing is readable or writable by "other". Set explicitly with fchmod,
/// so the umask of whoever runs the program changes nothing.
public enum FileModes {
    /// Views, receipts, received files, summaries: the owner writes, the house's group reads.
    public static let file: mode_t = 0o640
    /// Every folder of a game a group may read.
    public static let folder: mode_t = 0o750
    /// A house's drop folder when the house has a group of its own: its members drop files.
    public static let dropFolder: mode_t = 0o770
    /// Folders on the way to a house's folder (the game folder, `houses/`):
    /// a house's group passes through them but cannot list them.
    public static let passage: mode_t = 0o711
    /// The database, its WAL and shared-memory files, the daemon's markers and lock.
    public static let privateFile: mode_t = 0o600
    /// `.ec4x/`: the daemon's own folder.
    public static let privateFolder: mode_t = 0o700
}
