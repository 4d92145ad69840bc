internal import Foundation
internal import GRDB

/// A foreign fleet a house has detected, and how old that sighting is.
struct DetectedFleet: Sendable, Equatable {
    public var fleetID: String
    public var systemID: String
    public var shipCount: Int?
    public var turnsStale: Int
}

/// What one house may see of the game, read straight from the tables
/// (the storage design's "player's visible game state" queries).
struct VisibleState: Sendable, Equatable {
    public var ownColonies: [ColonyRecord]
    public var knownSystems: [KnownSystem]
    public var detectedFleets: [DetectedFleet]
}

struct KnownSystem: Sendable, Equatable {
    public var system: SystemRecord
    public var visibility: String
    public var lastScoutedTurn: Int
}

/// Who the current turn is waiting for.
public struct TurnReadiness: Sendable, Equatable {
    /// Slugs of houses still in the game, sorted.
    public var expected: [String]
    /// Slugs of houses with an accepted submission for the turn, sorted.
    public var submitted: [String]

    public var awaited: [String] { expected.filter { !submitted.contains($0) } }
    public var isComplete: Bool { awaited.isEmpty }
}

extension GameStore {
    func visibleState(houseID: String, currentTurn: Int) throws -> VisibleState {
        try database.writer.read { db in
            let colonies =
                try ColonyRecord
                .filter(sql: "owner_house_id = ?", arguments: [houseID])
                .order(Column("id")).fetchAll(db)
            let known = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.*, i.visibility_level, i.last_scouted_turn
                    FROM systems s JOIN intel_systems i ON s.id = i.system_id
                    WHERE i.house_id = ? ORDER BY s.id
                    """, arguments: [houseID]
            ).map { row in
                KnownSystem(system: try SystemRecord(row: row), visibility: row["visibility_level"], lastScoutedTurn: row["last_scouted_turn"])
            }
            let fleets = try Row.fetchAll(
                db,
                sql: """
                    SELECT f.id, i.detected_system_id, i.ship_count, (? - i.detected_turn) AS turns_stale
                    FROM intel_fleets i JOIN fleets f ON i.fleet_id = f.id
                    WHERE i.house_id = ? ORDER BY f.id
                    """, arguments: [currentTurn, houseID]
            ).map { row in
                DetectedFleet(fleetID: row["id"], systemID: row["detected_system_id"], shipCount: row["ship_count"], turnsStale: row["turns_stale"])
            }
            return VisibleState(ownColonies: colonies, knownSystems: known, detectedFleets: fleets)
        }
    }

    /// Expected houses (not eliminated) against houses whose latest accepted
    /// submission for `turn` is ready (not a draft). Submissions, not fleet
    /// orders, are counted so that an empty order file ("nothing to order")
    /// counts as submitted.
    public func turnReadiness(turn: Int) throws -> TurnReadiness {
        try database.writer.read { db in
            let expected = try String.fetchAll(db, sql: "SELECT slug FROM houses WHERE eliminated = 0 ORDER BY slug")
            let submitted = try String.fetchAll(
                db,
                sql: """
                    SELECT h.slug FROM submissions s JOIN houses h ON h.id = s.house_id
                    WHERE s.id IN (SELECT max(id) FROM submissions WHERE turn = ? AND status = 'accepted' GROUP BY house_id)
                      AND s.ready = 1 AND h.eliminated = 0
                    ORDER BY h.slug
                    """, arguments: [turn])
            return TurnReadiness(expected: expected, submitted: submitted)
        }
    }

    /// The changes of `turn` that `houseID` may see: its own and the public ones, in order.
    func turnDeltas(turn: Int, houseID: String) throws -> [StateDeltaRecord] {
        try database.writer.read { db in
            try StateDeltaRecord
                .filter(sql: "turn = ? AND (house_id = ? OR house_id IS NULL)", arguments: [turn, houseID])
                .order(Column("id")).fetchAll(db)
        }
    }
}
