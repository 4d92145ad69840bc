public import Engine
internal import Foundation
internal import GRDB

extension GameStore {
    /// Records a received file (and, when accepted, the orders it puts in
    /// force for its house and turn, replacing the house's earlier ones) in
    /// one transaction. Returns the record with its id and receipt name.
    public func recordSubmission(
        _ record: SubmissionRecord, resolved: ResolvedOrders?, receiptName: (Int64) -> String
    ) throws -> SubmissionRecord {
        try database.writer.writeWithoutTransaction { db in
            var stored = record
            try db.inTransaction(.immediate) {
                try record.insert(db)
                let id = db.lastInsertedRowID
                stored.id = id
                stored.receiptName = receiptName(id)
                try db.run("UPDATE submissions SET receipt_name = ? WHERE id = ?", [stored.receiptName, id])
                if let resolved, let turn = record.turn, record.status == "accepted" {
                    try Self.replaceOrders(resolved, turn: turn, submissionID: id, gameID: record.gameId, at: record.receivedAt, db: db)
                }
                return .commit
            }
            return stored
        }
    }

    static func replaceOrders(_ resolved: ResolvedOrders, turn: Int, submissionID: Int64, gameID: String, at time: Int64, db: Database) throws {
        try db.run("DELETE FROM orders WHERE house_id = ? AND turn = ?", [resolved.houseID, turn])
        try db.run("DELETE FROM house_orders WHERE house_id = ? AND turn = ?", [resolved.houseID, turn])
        for order in resolved.fleetOrders {
            try db.run("""
                INSERT INTO orders (game_id, house_id, turn, fleet_id, order_type, target_system_id, target_fleet_id, params, submitted_at, submission_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)
                """, [gameID, resolved.houseID, turn, order.fleetID, order.command.kind.rawValue,
                                 order.command.targetSystemID, order.command.targetFleetID, time, submissionID])
        }
        for build in resolved.builds {
            let params = try json(["colony": JSONValue.string(build.colonyID), "item": .string(build.item.rawValue), "quantity": .int(build.quantity), "cost": .int(build.cost)])
            try db.run("INSERT INTO house_orders (game_id, house_id, turn, submission_id, kind, params) VALUES (?, ?, ?, ?, 'build', ?)", [gameID, resolved.houseID, turn, submissionID, params])
        }
        for proposal in resolved.diplomacy {
            let params = try json(["house": JSONValue.string(proposal.houseID), "relation": .string(proposal.relation.rawValue)])
            try db.run("INSERT INTO house_orders (game_id, house_id, turn, submission_id, kind, params) VALUES (?, ?, ?, ?, 'diplomacy', ?)", [gameID, resolved.houseID, turn, submissionID, params])
        }
    }

    /// Earlier files of a house with these exact bytes, oldest first.
    public func submissions(houseID: String, sha256: String) throws -> [SubmissionRecord] {
        try database.writer.read { db in
            try SubmissionRecord.filter(sql: "house_id = ? AND sha256 = ?", arguments: [houseID, sha256]).order(Column("id")).fetchAll(db)
        }
    }

    /// The submission in force for each house this turn: its latest accepted one.
    public func acceptedSubmissions(turn: Int) throws -> [String: SubmissionRecord] {
        try database.writer.read { db in
            let rows = try SubmissionRecord.fetchAll(db, sql: """
                SELECT * FROM submissions WHERE id IN (
                    SELECT max(id) FROM submissions WHERE turn = ? AND status = 'accepted' GROUP BY house_id)
                """, arguments: [turn])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0.houseId, $0) })
        }
    }

    /// Every accepted submission in force at the end of each turn, for replay.
    public func acceptedSubmissionsByTurn() throws -> [Int: [String: SubmissionRecord]] {
        try database.writer.read { db in
            let rows = try SubmissionRecord.fetchAll(db, sql: """
                SELECT * FROM submissions WHERE id IN (
                    SELECT max(id) FROM submissions WHERE status = 'accepted' AND turn IS NOT NULL GROUP BY turn, house_id)
                ORDER BY turn, house_id
                """)
            var result: [Int: [String: SubmissionRecord]] = [:]
            for row in rows { result[row.turn!, default: [:]][row.houseId] = row }
            return result
        }
    }

    /// How many orders a house has in force for a turn.
    public func ordersInForce(houseID: String, turn: Int) throws -> Int {
        try database.writer.read { db in
            try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM orders WHERE house_id = ?1 AND turn = ?2)
                     + (SELECT count(*) FROM house_orders WHERE house_id = ?1 AND turn = ?2)
                """, arguments: [houseID, turn]) ?? 0
        }
    }
}

extension GameStore {
    /// The house's most recent file recorded at this game turn, whatever its verdict.
    public func latestSubmission(houseID: String, turn: Int) throws -> SubmissionRecord? {
        try database.writer.read { db in
            try SubmissionRecord.filter(sql: "house_id = ? AND turn = ?", arguments: [houseID, turn]).order(Column("id").desc).fetchOne(db)
        }
    }

    /// The files recorded since `turn` (without their bytes), oldest first, for checking that each was answered.
    public func submissionHeaders(sinceTurn turn: Int) throws -> [SubmissionRecord] {
        try database.writer.read { db in
            try SubmissionRecord.fetchAll(db, sql: """
                SELECT id, game_id, house_id, turn, file_name, format, x'' AS raw, sha256, status, errors_json, receipt_name, received_at
                FROM submissions WHERE turn >= ? ORDER BY id
                """, arguments: [turn])
        }
    }
}
