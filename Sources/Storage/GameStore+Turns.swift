public import Engine
internal import Foundation
internal import GRDB

extension GameStore {
    /// Writes a resolved turn in one `BEGIN IMMEDIATE` transaction: the new
    /// state, events and turn log, deltas, metrics, the state hash, processed
    /// orders and the next deadline. Refuses (and writes nothing) if the turn
    /// was already resolved, by this process or another.
    public func recordTurn(_ result: TurnResult, previous: GameState, nextDeadline: Int64?, now: Int64) throws {
        let levers = StorageLevers.inEffect
        try database.writer.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                let turn = try Int.fetchOne(db, sql: "SELECT turn FROM games") ?? -1
                guard turn == result.resolvedTurn else {
                    throw StorageError(.turnAlreadyResolved, "turn \(result.resolvedTurn) was already resolved (the game is at turn \(turn))")
                }
                try StateWriter.write(result.state, replacing: previous, db: db, now: now)
                try db.execute(
                    sql: "UPDATE games SET turn_deadline = ?, resolve_failures = 0, last_error = NULL WHERE id = ?",
                    arguments: [nextDeadline, result.state.game.id]
                )
                try Self.writeEvents(
                    result, db: db, now: now, trimEventData: levers.contains(.eventData), leaveOutColumns: levers.contains(.eventColumns))
                try Self.writeDeltas(result, db: db, now: now)
                try Self.writeMetrics(result, db: db, now: now)
                try db.run("UPDATE orders SET processed = 1 WHERE turn = ? AND processed = 0", [result.resolvedTurn])
                try db.run("UPDATE house_orders SET processed = 1 WHERE turn = ? AND processed = 0", [result.resolvedTurn])
                try db.execute(
                    sql: "INSERT INTO turn_hashes (game_id, turn, state_hash, resolved_at) VALUES (?, ?, ?, ?)",
                    arguments: [result.state.game.id, result.resolvedTurn, result.stateHash, now]
                )
                return .commit
            }
        }
    }

    /// Counts a failed attempt to resolve the current turn; returns how many in a row.
    @discardableResult
    public func recordResolveFailure(_ message: String) throws -> Int {
        try database.writer.write { db in
            try db.run("UPDATE games SET resolve_failures = resolve_failures + 1, last_error = ?", [message])
            return try Int.fetchOne(db, sql: "SELECT resolve_failures FROM games") ?? 0
        }
    }

    /// Clears the failure count, so the daemon tries the turn again.
    public func clearResolveFailures() throws {
        try database.writer.write { db in try db.execute(sql: "UPDATE games SET resolve_failures = 0, last_error = NULL") }
    }

    /// The stored state hash of every resolved turn, by turn.
    public func turnHashes() throws -> [Int: String] {
        try database.writer.read { db in
            var result: [Int: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT turn, state_hash FROM turn_hashes") { result[row["turn"]] = row["state_hash"] }
            return result
        }
    }

    /// Every occurrence goes to game_events (the history: description, actor,
    /// fleet, system, data). turn_log is the audience index over it: one row
    /// per house that may see an event (one row with no house for a public
    /// event), whose data names the game_events row instead of repeating it.
    static func writeEvents(_ result: TurnResult, db: Database, now: Int64, trimEventData: Bool, leaveOutColumns: Bool = false) throws {
        let gameID = result.state.game.id
        var events = BatchInsert(
            db: db, table: "game_events",
            columns: [
                "game_id", "turn", "event_type", "house_id", "fleet_id", "system_id", "order_type", "description", "reason", "event_data", "created_at",
            ])
        for var event in result.events {
            if leaveOutColumns { event.data = EventDataColumns.trimmed(event.data, type: event.type, systemID: event.systemID) }
            let eventData = trimEventData ? EventRow.trimmedText(event) : EventRow.text(phase: event.phase, data: event.data, visibility: event.visibility)
            try events.add([
                gameID, result.resolvedTurn, event.type.rawValue, event.houseID, event.fleetID, event.systemID,
                event.orderType, event.description, event.reason, eventData, now,
            ])
        }
        try events.flush()
        var log = BatchInsert(
            db: db, table: "turn_log",
            columns: [
                "game_id", "turn", "phase", "event_type", "data", "visible_to_house_id", "created_at",
            ])
        for (event, id) in zip(result.events, events.rowIDs) {
            let logData = "{\"event_id\":\(id)}"
            for viewer in event.audience.map({ $0.map(Optional.some) }) ?? [nil] {
                try log.add([gameID, result.resolvedTurn, event.phase.rawValue, event.type.rawValue, logData, viewer, now])
            }
        }
        try log.flush()
    }

    /// `game_events.event_data`: the phase, the event's data, and who may see
    /// it unless that is only its actor (the common case, left out). With the
    /// event-data lever the phase and the audience are also left out whenever
    /// the event's `turn_log` rows say them (`Audience`).
    struct EventRow: Decodable {
        var phase: TurnPhase?
        var data: [String: JSONValue]?
        var visibility: EventVisibility?

        /// What `turn_log` says of one event: its phase and who may see it.
        struct Audience {
            var phase: TurnPhase?
            var houses: [String] = []
            var everyone = false
        }

        /// The event's data alone, plus the phase and visibility only where its
        /// turn_log rows cannot give them back exactly (`decoded`).
        static func trimmedText(_ event: TurnEvent) -> String {
            var members: [String: JSONValue] = [:]
            if !event.data.isEmpty { members["data"] = .object(event.data) }
            let audience = event.audience
            if audience?.isEmpty ?? false { members["phase"] = .string(event.phase.rawValue) }
            switch event.visibility {
            case .actor, .public: break
            case .houses(let ids):
                // Rows [actor] read back as .actor, no rows as .actor, unsorted ids sorted: keep those.
                if ids.isEmpty || ids == event.houseID.map({ [$0] }) || ids != Array(Set(ids)).sorted() {
                    members["visibility"] = .object(["scope": .string("houses"), "houses": .array(ids.map(JSONValue.string))])
                }
            }
            return JSONValue.objectText(members)
        }

        /// The phase and visibility of a stored row, from its own fields or else its turn_log rows.
        func decoded(houseID: String?, audience: Audience?) throws -> (TurnPhase, EventVisibility) {
            guard let phase = phase ?? audience?.phase else {
                throw StorageError(.inconsistentState, "an event row has no phase and no turn_log row")
            }
            if let visibility { return (phase, visibility) }
            guard let audience else { return (phase, .actor) }
            if audience.everyone { return (phase, .public) }
            let houses = audience.houses.sorted()
            if houses.isEmpty || houses == houseID.map({ [$0] }) { return (phase, .actor) }
            return (phase, .houses(houses))
        }

        /// The row's JSON, written directly (see JSONText).
        static func text(phase: TurnPhase, data: [String: JSONValue], visibility: EventVisibility) -> String {
            var members: [String: JSONValue] = ["phase": .string(phase.rawValue)]
            if !data.isEmpty { members["data"] = .object(data) }
            switch visibility {
            case .actor: break
            case .public: members["visibility"] = .object(["scope": .string("public")])
            case .houses(let ids): members["visibility"] = .object(["scope": .string("houses"), "houses": .array(ids.map(JSONValue.string))])
            }
            return JSONValue.objectText(members)
        }
    }

    static func writeDeltas(_ result: TurnResult, db: Database, now: Int64) throws {
        var deltas = BatchInsert(
            db: db, table: "state_deltas",
            columns: [
                "game_id", "turn", "house_id", "delta_type", "entity_id", "data", "created_at",
            ])
        for delta in result.deltas {
            try deltas.add([result.state.game.id, result.resolvedTurn, delta.houseID, delta.deltaType, delta.entityID, JSONValue.objectText(delta.data), now])
        }
        try deltas.flush()
    }

    static func writeMetrics(_ result: TurnResult, db: Database, now: Int64) throws {
        for metrics in result.metrics {
            let columns = metrics.columns
            let names = ["game_id", "turn", "house_id", "created_at"] + columns.map(\.name)
            let values: [any DatabaseValueConvertible] = [result.state.game.id, result.resolvedTurn, metrics.houseID, now] + columns.map(\.value)
            try db.execute(
                sql: "INSERT INTO diagnostic_metrics (\(names.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))",
                arguments: StatementArguments(values)
            )
        }
    }
}
