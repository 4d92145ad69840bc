public import Foundation
internal import GRDB

/// One game's SQLite database, `data/games/<uuid>/ec4x.db`, opened with the
/// settings every connection needs.
public final class GameDatabase: Sendable {
    public static let fileName = "ec4x.db"
    /// `PRAGMA application_id`: "EC4X" in ASCII. Tells our files from any other SQLite file.
    public static let applicationID: Int32 = 0x4543_3458
    /// How long a writer waits for another process's lock before giving up.
    public static let busyTimeout: TimeInterval = 5
    /// Page size of new databases with the larger-pages lever (SQLite's default is 4096).
    public static let largerPageSize = 8192

    public let path: String
    let writer: DatabaseQueue

    private init(path: String, writer: DatabaseQueue) {
        self.path = path
        self.writer = writer
    }

    /// Creates a new, empty game database in `folder` and migrates it to the latest schema.
    public static func create(inFolder folder: URL, filesystemName: String?? = nil) throws -> GameDatabase {
        let path = folder.appendingPathComponent(fileName).path
        try FilesystemCheck.requireLocal(folder.path, filesystemName: filesystemName ?? FilesystemCheck.networkFilesystemName(at: folder.path))
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StorageError(.notAGameDatabase, "\(path) already exists")
        }
        try PrivateFile.create(path)
        let queue = try DatabaseQueue(path: path, configuration: configuration())
        let largerPages = StorageLevers.inEffect.contains(.largerPages)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            if largerPages {
                // Only possible before the first table; a WAL database keeps the size it was created with.
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
                try db.execute(sql: "PRAGMA page_size = \(largerPageSize)")
                try db.execute(sql: "VACUUM")
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
        }
        try SchemaMigrator.migrator().migrate(queue)
        return GameDatabase(path: path, writer: queue)
    }

    /// Opens an existing game database, refusing files that are not ours,
    /// that are damaged, or that come from a newer version of the program.
    public static func open(folder: URL, filesystemName: String?? = nil) throws -> GameDatabase {
        let path = folder.appendingPathComponent(fileName).path
        try FilesystemCheck.requireLocal(folder.path, filesystemName: filesystemName ?? FilesystemCheck.networkFilesystemName(at: folder.path))
        guard FileManager.default.fileExists(atPath: path) else {
            throw StorageError(.missingGame, "no \(fileName) in \(folder.path)")
        }
        PrivateFile.tighten(path)
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration())
            let identity = try queue.read { db in
                try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            }
            guard identity == applicationID else {
                throw StorageError(.notAGameDatabase, "\(path) is an SQLite file but not an EC4X game database")
            }
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError(.unreadable, "\(path) cannot be read: \(error)")
        }
        let migrator = SchemaMigrator.migrator()
        let unknown = try queue.read { db in try migrator.hasBeenSuperseded(db) }
        guard !unknown else {
            throw StorageError(.newerSchema, "\(path) was written by a newer version of ec4x; upgrade to open it")
        }
        try migrator.migrate(queue)
        return GameDatabase(path: path, writer: queue)
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        config.prepareDatabase { db in
            // WAL lets readers (status, views) run while a turn is written;
            // FULL makes an accepted submission survive a power cut, not only a crash.
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return config
    }
}

extension GameDatabase {
    /// An online copy of the database to a new file at `path`, consistent
    /// even while another connection writes (SQLite's backup API).
    public func backup(toNewFile path: String) throws {
        try PrivateFile.create(path)
        let target = try DatabaseQueue(path: path)
        try writer.backup(to: target)
    }
}
