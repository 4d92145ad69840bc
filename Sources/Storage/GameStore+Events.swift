public import Engine
internal import Foundation
internal import GRDB

extension GameStore {
    /// The events of a resolved turn, as the engine produced them (for views
    /// rebuilt after a restart).
    public func events(turn: Int) throws -> [TurnEvent] {
        try database.writer.read { db in
            let decoder = JSONDecoder()
            // Who may see each event, and its phase, from turn_log (rows written
            // with the event-data lever leave both out of event_data).
            var audiences: [Int64: EventRow.Audience] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT CAST(json_extract(data, '$.event_id') AS INTEGER) AS event, phase, visible_to_house_id FROM turn_log WHERE turn = ?
                    """, arguments: [turn])
            {
                guard let event: Int64 = row["event"] else { continue }
                var audience = audiences[event] ?? EventRow.Audience()
                audience.phase = TurnPhase(rawValue: row["phase"])
                if let house: String = row["visible_to_house_id"] { audience.houses.append(house) } else { audience.everyone = true }
                audiences[event] = audience
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM game_events WHERE turn = ? ORDER BY id", arguments: [turn]).map { row in
                let stored = try decoder.decode(EventRow.self, from: Data((row["event_data"] as String? ?? "{}").utf8))
                guard let type = EventType(rawValue: row["event_type"]) else {
                    throw StorageError(.inconsistentState, "unknown event type \(row["event_type"] as String)")
                }
                let houseID: String? = row["house_id"]
                let systemID: String? = row["system_id"]
                let (phase, visibility) = try stored.decoded(houseID: houseID, audience: audiences[row["id"]])
                return TurnEvent(
                    phase: phase, type: type, houseID: houseID, fleetID: row["fleet_id"], systemID: systemID,
                    orderType: row["order_type"], description: row["description"], reason: row["reason"],
                    data: EventDataColumns.restored(stored.data ?? [:], type: type, systemID: systemID),
                    visibility: visibility
                )
            }
        }
    }
}
