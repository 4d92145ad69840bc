internal import GRDB

/// Tells a failure of the machine from a failure of the game. The database
/// busy or locked by another process, the disk full, an I/O error, a file or
/// folder that cannot be written: each passes once the host fixes it, and the
/// same write then succeeds. Anything else (a constraint, a bug) would fail
/// the same way however often it is tried.
public enum StorageFault {
    public static func isTransient(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_FULL, .SQLITE_IOERR, .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return true
        default:
            return false
        }
    }
}
