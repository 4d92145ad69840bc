internal import GRDB

extension GameStore {
    /// Records the old ids of an imported game's systems.
    public func insertLegacySystemIDs(_ pairs: [(legacyID: Int, systemID: String)], gameID: String) throws {
        try database.writer.write { db in
            for pair in pairs {
                try db.execute(
                    sql: "INSERT INTO legacy_system_ids (game_id, legacy_id, system_id) VALUES (?, ?, ?)",
                    arguments: [gameID, pair.legacyID, pair.systemID]
                )
            }
        }
    }

    /// System id → old id, for games that came from the legacy format (empty otherwise).
    public func legacySystemIDs() throws -> [String: Int] {
        try database.writer.read { db in
            var result: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT system_id, legacy_id FROM legacy_system_ids") {
                result[row["system_id"]] = row["legacy_id"]
            }
            return result
        }
    }
}
