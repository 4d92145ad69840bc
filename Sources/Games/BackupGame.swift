public import Foundation
internal import Storage

/// `ec4x backup`: an online copy of a game's database, consistent even while
/// the daemon writes (SQLite's backup API).
public enum BackupGame {
    public static func run(session: GameSession, to destination: URL) throws {
        var path = destination
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory), isDirectory.boolValue {
            path = destination.appendingPathComponent("\(session.id).db")
        }
        guard !FileManager.default.fileExists(atPath: path.path) else {
            throw GamesError(.backupExists, "\(path.path) already exists; choose a new file name")
        }
        try session.store.database.backup(toNewFile: path.path)
    }
}
