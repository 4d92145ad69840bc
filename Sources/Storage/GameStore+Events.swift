public import Engine
internal import Foundation
internal import GRDB

extension GameStore {
    /// The events of a resolved turn, as the engine produced them (for views
    /// rebuilt after a restart).
    public func events(turn: Int) throws -> [TurnEvent] {
        try database.writer.read { db in
            let decoder = JSONDecoder()
            return try Row.fetchAll(db, sql: "SELECT * FROM game_events WHERE turn = ? ORDER BY id", arguments: [turn]).map { row in
                let stored = try decoder.decode(EventRow.self, from: Data((row["event_data"] as String? ?? "{}").utf8))
                guard let type = EventType(rawValue: row["event_type"]) else {
                    throw StorageError(.inconsistentState, "unknown event type \(row["event_type"] as String)")
                }
                return TurnEvent(
                    phase: stored.phase, type: type, houseID: row["house_id"], fleetID: row["fleet_id"], systemID: row["system_id"],
                    orderType: row["order_type"], description: row["description"], reason: row["reason"], data: stored.data ?? [:],
                    visibility: stored.visibility ?? .actor
                )
            }
        }
    }
}
