internal import Foundation
internal import GRDB

/// Where a game database's bytes go: both files, free pages, and each table
/// and index (for `ec4x bench` and a host asking where space goes).
public struct StorageFootprint: Sendable, Equatable {
    public var fileBytes: Int
    public var pageSize: Int
    public var freeBytes: Int
    /// Bytes of each table and index, from the dbstat virtual table (empty when SQLite lacks it).
    public var bytesByObject: [String: Int]
    public var rowsByTable: [String: Int]
    /// Each table and index name -> the table it belongs to.
    public var tableOfObject: [String: String]
    /// Tables whose rows belong to a turn (a `turn` column): the history that grows as a game is played.
    public var turnTables: Set<String> = []
}

extension GameDatabase {
    /// Moves the write-ahead log into the main file, so file sizes say what is stored.
    public func checkpoint() throws {
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    /// Checkpoints, then measures both files and what is inside.
    public func footprint() throws -> StorageFootprint {
        try checkpoint()
        var bytes = 0
        for file in [path, path + "-wal"] {
            bytes += (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        }
        return try writer.read { db in
            let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            let free = try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
            var objects: [String: Int] = [:]
            if let rows = try? Row.fetchAll(db, sql: "SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name") {
                for row in rows { objects[row["name"]] = row["bytes"] }
            }
            var owners: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')") {
                owners[row["name"]] = row["tbl_name"]
            }
            var counts: [String: Int] = [:]
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table)\"") ?? 0
            }
            let turnTables = try String.fetchAll(
                db,
                sql: """
                    SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'turn'
                    """)
            return StorageFootprint(
                fileBytes: bytes, pageSize: pageSize, freeBytes: free * pageSize, bytesByObject: objects, rowsByTable: counts,
                tableOfObject: owners, turnTables: Set(turnTables)
            )
        }
    }
}

extension StorageFootprint {
    /// One table with its indexes, as `ec4x status --storage` shows it.
    public struct Table: Sendable, Equatable, Codable {
        public var name: String
        /// The table and all its indexes.
        public var bytes: Int
        public var indexBytes: Int
        public var rows: Int
    }

    /// Every table that holds pages, largest first (ties by name).
    public var tables: [Table] {
        var result: [String: Table] = [:]
        for (object, bytes) in bytesByObject {
            let name = tableOfObject[object] ?? object
            var table = result[name] ?? Table(name: name, bytes: 0, indexBytes: 0, rows: rowsByTable[name] ?? 0)
            table.bytes += bytes
            if object != name { table.indexBytes += bytes }
            result[name] = table
        }
        return result.values.sorted { ($0.bytes, $1.name) > ($1.bytes, $0.name) }
    }
}
