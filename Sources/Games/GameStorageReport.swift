public import Foundation
public import Storage

/// `ec4x status GAME --storage`: where a game's bytes go, by table (with its
/// indexes) and per resolved turn, so a host can see what grows.
public struct GameStorageReport: Sendable, Encodable {
    public struct Table: Sendable, Encodable, Equatable {
        public var name: String
        public var bytes: Int
        public var indexBytes: Int
        public var rows: Int
        /// `bytes` over the resolved turns, for tables whose rows belong to a
        /// turn (nil for the others, and before the first turn).
        public var bytesPerTurn: Double?
    }

    public var game: String
    public var turnsResolved: Int
    /// `ec4x.db` plus its `-wal`, after a checkpoint.
    public var fileBytes: Int
    /// The tables whose rows belong to a turn (game_events, turn_log,
    /// state_deltas, orders, submissions …), over the resolved turns.
    public var historyBytesPerTurn: Double?
    public var pageSize: Int
    /// Pages inside the file that hold nothing (`ec4x compact` returns them).
    public var freeBytes: Int
    /// Empty when this SQLite was built without the dbstat table.
    public var tables: [Table]

    public static func make(session: GameSession) throws -> GameStorageReport {
        let footprint = try session.store.database.footprint()
        // Turn 1 is the first to be played: the game has resolved turn - 1 turns.
        let turns = max(session.turn - 1, 0)
        func perTurn(_ bytes: Int) -> Double? { turns > 0 ? Double(bytes) / Double(turns) : nil }
        let tables = footprint.tables.map { table in
            Table(
                name: table.name, bytes: table.bytes, indexBytes: table.indexBytes, rows: table.rows,
                bytesPerTurn: footprint.turnTables.contains(table.name) ? perTurn(table.bytes) : nil)
        }
        let history = tables.filter { footprint.turnTables.contains($0.name) }.reduce(0) { $0 + $1.bytes }
        return GameStorageReport(
            game: session.id, turnsResolved: turns, fileBytes: footprint.fileBytes, historyBytesPerTurn: perTurn(history),
            pageSize: footprint.pageSize, freeBytes: footprint.freeBytes, tables: tables
        )
    }
}
