import Foundation
import GRDB
import Testing
import TestSupport
@testable import Storage

@Suite struct GameDatabaseTests {
    @Test func connectionSettingsStick() throws {
        let folder = try TemporaryFolder()
        _ = try GameDatabase.create(inFolder: folder.url)
        let database = try GameDatabase.open(folder: folder.url)
        let settings = try database.writer.read { db in
            (
                journal: try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                synchronous: try Int.fetchOne(db, sql: "PRAGMA synchronous"),
                foreignKeys: try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
                busyTimeout: try Int.fetchOne(db, sql: "PRAGMA busy_timeout"),
                applicationID: try Int32.fetchOne(db, sql: "PRAGMA application_id")
            )
        }
        #expect(settings.journal == "wal")
        #expect(settings.synchronous == 2)  // FULL
        #expect(settings.foreignKeys == 1)
        #expect(settings.busyTimeout == 5000)
        #expect(settings.applicationID == GameDatabase.applicationID)
    }

    @Test func nostrEventInsertWorksAndFillsTheTurnFromItsTag() throws {
        let folder = try TemporaryFolder()
        let database = try GameDatabase.create(inFolder: folder.url)
        try database.writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO games (id, name, phase, transport_mode, game_setup_json, game_config_json, created_at, updated_at)
                    VALUES ('g', 'Test', 'Active', 'nostr', '{}', '{}', 0, 0)
                    """)
            let insert = """
                INSERT INTO nostr_events (id, game_id, kind, pubkey, created_at, content, tags, sig, received_at)
                VALUES (?, 'g', 30001, 'pk', 1, 'x', ?, 'sig', 2)
                """
            try db.execute(sql: insert, arguments: ["e1", #"[["d","game"],["t","7"]]"#])
            try db.execute(sql: insert, arguments: ["e2", #"[["p","someone"]]"#])
            try db.execute(sql: insert, arguments: ["e3", #"[["t","ec4x"]]"#])
        }
        let turns = try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, turn FROM nostr_events ORDER BY id").map { [$0["id"] as String, ($0["turn"] as Int?).map(String.init) ?? "nil"] }
        }
        #expect(turns == [["e1", "7"], ["e2", "nil"], ["e3", "nil"]])
        let indexed = try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM pragma_index_info('idx_nostr_events_turn') ORDER BY seqno")
        }
        #expect(indexed == ["game_id", "turn"])
    }

    @Test func aForeignSQLiteFileIsRefused() throws {
        let folder = try TemporaryFolder()
        let other = try DatabaseQueue(path: folder.url.appendingPathComponent(GameDatabase.fileName).path)
        try other.write { db in try db.execute(sql: "CREATE TABLE notes (text TEXT)") }
        #expect { try GameDatabase.open(folder: folder.url) } throws: { error in
            (error as? StorageError)?.code == .notAGameDatabase
        }
    }

    @Test func aDamagedFileIsRefused() throws {
        let folder = try TemporaryFolder()
        try Data("this is not a database, just text that happens to sit here".utf8)
            .write(to: folder.url.appendingPathComponent(GameDatabase.fileName))
        #expect { try GameDatabase.open(folder: folder.url) } throws: { error in
            (error as? StorageError)?.code == .unreadable
        }
    }

    @Test func aDatabaseFromANewerVersionIsRefused() throws {
        let folder = try TemporaryFolder()
        let database = try GameDatabase.create(inFolder: folder.url)
        try database.writer.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        #expect { try GameDatabase.open(folder: folder.url) } throws: { error in
            (error as? StorageError)?.code == .newerSchema
        }
    }

    @Test func aNetworkFilesystemIsRefusedWithAClearMessage() throws {
        let folder = try TemporaryFolder()
        #expect { try GameDatabase.create(inFolder: folder.url, filesystemName: "nfs4") } throws: { error in
            guard let error = error as? StorageError else { return false }
            return error.code == .networkFilesystem && error.message.contains("network filesystem (nfs4)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(GameDatabase.fileName).path))
    }

    @Test func theMountTableDecidesTheFilesystemType() {
        let table = """
            /dev/vda / ext4 rw 0 0
            server:/export /mnt/games nfs4 rw 0 0
            //nas/share /mnt/lan\\040party cifs rw 0 0
            tmpfs /mnt/games/local tmpfs rw 0 0
            """
        #expect(FilesystemCheck.filesystemType(of: "/mnt/games/g1", mountTable: table) == "nfs4")
        #expect(FilesystemCheck.filesystemType(of: "/mnt/lan party/data", mountTable: table) == "cifs")
        #expect(FilesystemCheck.filesystemType(of: "/mnt/games/local/x", mountTable: table) == "tmpfs")
        #expect(FilesystemCheck.filesystemType(of: "/mnt/gamesX", mountTable: table) == "ext4")
        #expect(FilesystemCheck.networkTypes.contains("nfs4") && FilesystemCheck.networkTypes.contains("cifs"))
        #expect(!FilesystemCheck.networkTypes.contains("ext4"))
    }
}
