public import Engine
internal import Foundation
internal import GRDB
public import PlayerProtocol

extension GameStore {
    /// Records a received file (and, when accepted, the orders it puts in
    /// force for its house and turn, replacing the house's earlier ones) in
    /// one transaction. Returns it as stored, with its id and receipt name.
    public func recordSubmission(
        _ submission: NewSubmission, orders: ResolvedOrders?, receiptName: (Int64) -> String
    ) throws -> StoredSubmission {
        let (raw, encoding) = SubmissionRecord.encoded(submission.raw)
        let record = SubmissionRecord(
            gameId: try gameID(), houseId: submission.houseID, turn: submission.turn, fileName: submission.fileName,
            format: submission.format.rawValue, raw: raw, sha256: submission.sha256,
            status: submission.status.rawValue,
            errorsJson: submission.errors.isEmpty ? nil : try Self.json(submission.errors),
            receiptName: nil, receivedAt: submission.receivedAt, rawEncoding: encoding,
            moreErrors: submission.moreErrors > 0 ? submission.moreErrors : nil, ready: submission.ready
        )
        let skipsStanding = StorageLevers.inEffect.contains(.standingOrders)
        return try database.writer.writeWithoutTransaction { db in
            var stored = record
            try db.inTransaction(.immediate) {
                try record.insert(db)
                let id = db.lastInsertedRowID
                stored.id = id
                stored.receiptName = receiptName(id)
                var repeated: String?
                try db.run("INSERT INTO pending_receipts (submission_id) VALUES (?)", [id])
                if let orders, submission.status == .accepted {
                    repeated = try Self.replaceOrders(
                        orders, turn: submission.turn, submissionID: id, gameID: record.gameId, at: record.receivedAt,
                        skipStanding: skipsStanding, db: db)
                }
                try db.run("UPDATE submissions SET receipt_name = ?, repeated_standing_orders = ? WHERE id = ?", [stored.receiptName, repeated, id])
                return .commit
            }
            return try StoredSubmission(stored)
        }
    }

    /// Puts a house's orders in force for `turn`, replacing its earlier ones.
    /// With `skipStanding`, a fleet line equal to the fleet's standing order
    /// in force gets no row; those lines come back as the submission's
    /// `repeated_standing_orders` (`RepeatedStandingOrders`), nil when none.
    static func replaceOrders(
        _ resolved: ResolvedOrders, turn: Int, submissionID: Int64, gameID: String, at time: Int64, skipStanding: Bool = false, db: Database
    ) throws -> String? {
        try db.run("DELETE FROM orders WHERE house_id = ? AND turn = ?", [resolved.houseID, turn])
        try db.run("DELETE FROM house_orders WHERE house_id = ? AND turn = ?", [resolved.houseID, turn])
        let standing = skipStanding ? try RepeatedStandingOrders.standingOrderTexts(ofHouse: resolved.houseID, db: db) : [:]
        var repeated = RepeatedStandingOrders()
        for (position, order) in resolved.fleetOrders.enumerated() {
            if let inForce = standing[order.fleetID], inForce == StateWriter.standingOrderJSON(order.command) {
                repeated.lines.append(.init(position: position, fleetID: order.fleetID))
                continue
            }
            try db.run(
                """
                INSERT INTO orders (game_id, house_id, turn, fleet_id, order_type, target_system_id, target_fleet_id, params, submitted_at, submission_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    gameID, resolved.houseID, turn, order.fleetID, order.command.kind.rawValue,
                    order.command.targetSystemID, order.command.targetFleetID, try detachParams(order.command), time, submissionID,
                ])
        }
        for build in resolved.builds {
            let params = try json(["colony": JSONValue.string(build.colonyID), "item": .string(build.item.rawValue), "quantity": .int(build.quantity), "cost": .int(build.cost)])
            try db.run(
                "INSERT INTO house_orders (game_id, house_id, turn, submission_id, kind, params) VALUES (?, ?, ?, ?, 'build', ?)",
                [gameID, resolved.houseID, turn, submissionID, params])
        }
        for proposal in resolved.diplomacy {
            let params = try json(["house": JSONValue.string(proposal.houseID), "relation": .string(proposal.relation.rawValue)])
            try db.run(
                "INSERT INTO house_orders (game_id, house_id, turn, submission_id, kind, params) VALUES (?, ?, ?, ?, 'diplomacy', ?)",
                [gameID, resolved.houseID, turn, submissionID, params])
        }
        return repeated.lines.isEmpty ? nil : repeated.text
    }

    /// A detach order's ships and name, in `orders.params`; nil for every other order.
    static func detachParams(_ command: FleetCommand) throws -> String? {
        guard command.kind == .detach, let ships = command.ships else { return nil }
        var fields: [String: JSONValue] = ["military": .int(ships.military), "spacelift": .int(ships.spacelift)]
        if let name = command.name { fields["name"] = .string(name) }
        return try json(fields)
    }

    /// Earlier files of a house with these exact bytes, oldest first.
    public func submissions(houseID: String, sha256: String) throws -> [StoredSubmission] {
        try database.writer.read { db in
            try SubmissionRecord.filter(sql: "house_id = ? AND sha256 = ?", arguments: [houseID, sha256]).order(Column("id")).fetchAll(db)
        }.map(StoredSubmission.init)
    }

    /// How many orders a house has in force for a turn.
    public func orderCount(houseID: String, turn: Int) throws -> Int {
        try database.writer.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT (SELECT count(*) FROM orders WHERE house_id = ?1 AND turn = ?2)
                         + (SELECT count(*) FROM house_orders WHERE house_id = ?1 AND turn = ?2)
                         + coalesce((SELECT json_array_length(repeated_standing_orders) FROM submissions WHERE id =
                               (SELECT max(id) FROM submissions WHERE house_id = ?1 AND turn = ?2 AND status = 'accepted')), 0)
                    """, arguments: [houseID, turn]) ?? 0
        }
    }

    /// The fleets a house's accepted file orders this turn, with the kind of each order
    /// (lines that repeated a standing order and so wrote no row included).
    public func orderedFleets(houseID: String, turn: Int) throws -> [String: FleetOrderKind] {
        try database.writer.read { db in
            var result: [String: FleetOrderKind] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT fleet_id, order_type FROM orders WHERE house_id = ? AND turn = ?", arguments: [houseID, turn]) {
                let type: String = row[1]
                result[row[0]] = FleetOrderKind(rawValue: type)
            }
            let repeatedText = try String.fetchOne(
                db,
                sql: """
                    SELECT repeated_standing_orders FROM submissions WHERE id =
                        (SELECT max(id) FROM submissions WHERE house_id = ? AND turn = ? AND status = 'accepted')
                    """, arguments: [houseID, turn])
            let commands = RepeatedStandingOrders.Commands(db: db)
            for line in RepeatedStandingOrders(text: repeatedText).lines where result[line.fleetID] == nil {
                result[line.fleetID] = try commands.command(fleetID: line.fleetID, turn: turn)?.kind ?? .hold
            }
            return result
        }
    }

    /// The house's most recent file recorded at this game turn, whatever its verdict.
    public func latestSubmission(houseID: String, turn: Int) throws -> StoredSubmission? {
        try database.writer.read { db in
            try SubmissionRecord.filter(sql: "house_id = ? AND turn = ?", arguments: [houseID, turn]).order(Column("id").desc).fetchOne(db)
        }.map(StoredSubmission.init)
    }

    /// The files recorded since `turn` (without their bytes), oldest first, for checking that each was answered.
    public func submissionHeaders(sinceTurn turn: Int) throws -> [StoredSubmission] {
        try database.writer.read { db in
            try SubmissionRecord.fetchAll(
                db,
                sql: """
                    SELECT id, game_id, house_id, turn, file_name, format, x'' AS raw, sha256, status, errors_json, receipt_name, received_at, 'identity' AS raw_encoding, more_errors, ready
                    FROM submissions WHERE turn >= ? ORDER BY id
                    """, arguments: [turn])
        }.map(StoredSubmission.init)
    }

    func gameID() throws -> String {
        guard let id = try database.writer.read({ db in try String.fetchOne(db, sql: "SELECT id FROM games") }) else {
            throw StorageError(.missingGame, "\(database.path) holds no game")
        }
        return id
    }
}

extension GameStore {
    /// The submission in force for each house this turn: its latest accepted one.
    public func acceptedSubmissions(turn: Int) throws -> [String: StoredSubmission] {
        let rows = try database.writer.read { db in
            try SubmissionRecord.fetchAll(
                db,
                sql: """
                    SELECT * FROM submissions WHERE id IN (
                        SELECT max(id) FROM submissions WHERE turn = ? AND status = 'accepted' GROUP BY house_id)
                    """, arguments: [turn])
        }
        return Dictionary(uniqueKeysWithValues: try rows.map { ($0.houseId, try StoredSubmission($0)) })
    }
}

extension GameStore {
    /// The accepted submission in force at the end of each turn, by turn and house, for replay.
    public func acceptedSubmissionsByTurn() throws -> [Int: [String: StoredSubmission]] {
        let rows = try database.writer.read { db in
            try SubmissionRecord.fetchAll(
                db,
                sql: """
                    SELECT * FROM submissions WHERE id IN (
                        SELECT max(id) FROM submissions WHERE status = 'accepted' AND turn IS NOT NULL GROUP BY turn, house_id)
                    ORDER BY turn, house_id
                    """)
        }
        var result: [Int: [String: StoredSubmission]] = [:]
        for row in rows {
            let stored = try StoredSubmission(row)
            result[stored.turn, default: [:]][stored.houseID] = stored
        }
        return result
    }
}
