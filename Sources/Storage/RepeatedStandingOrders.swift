public import Engine
internal import Foundation
internal import GRDB

/// The fleet lines of an accepted file that repeat the fleet's standing
/// order in force (issue #15, lever `standing-orders`). They are orders the
/// player gave, so resolution and the receipt count them, but the order did
/// not change: instead of an `orders` row each, the submission keeps their
/// positions and fleets in `repeated_standing_orders`, `[[position, fleet id], …]`,
/// and the command is read back from the order in force (`fleets.standing_order`).
struct RepeatedStandingOrders: Equatable {
    struct Line: Equatable {
        /// The line's position among the file's fleet orders.
        var position: Int
        var fleetID: String
    }

    var lines: [Line] = []

    init(lines: [Line] = []) { self.lines = lines }

    /// Reads the column; nil or unreadable text is no lines.
    init(text: String?) {
        guard let text, case .array(let pairs)? = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else { return }
        for pair in pairs {
            guard case .array(let parts) = pair, parts.count == 2, let position = parts[0].intValue, let fleet = parts[1].stringValue else { continue }
            lines.append(Line(position: position, fleetID: fleet))
        }
    }

    var text: String {
        JSONValue.array(lines.map { .array([.int($0.position), .string($0.fleetID)]) }).compactText
    }

    /// The standing orders in force of a house's fleets as stored (the JSON
    /// `StateWriter.standingOrderJSON` writes), by fleet id. A line is compared
    /// by that text: equal text is an equal command, and text written any other
    /// way only means the line gets its row.
    static func standingOrderTexts(ofHouse houseID: String, db: Database) throws -> [String: String] {
        var result: [String: String] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT id, standing_order FROM fleets WHERE owner_house_id = ? AND standing_order IS NOT NULL", arguments: [houseID])
        {
            result[row[0]] = row[1]
        }
        return result
    }

    /// Finds the command a repeated line gave, for one read of the orders in
    /// force: the fleet's standing order for the game's current turn (what
    /// resolution reads); for an earlier turn, the latest order row of that
    /// fleet before it (the standing order then, since a standing order is
    /// only set by a written line). The fleets' standing orders are read once.
    final class Commands {
        let db: Database
        private var currentTurn: Int?
        private var standing: [String: String]?

        init(db: Database) { self.db = db }

        func command(fleetID: String, turn: Int) throws -> FleetCommand? {
            if currentTurn == nil { currentTurn = try Int.fetchOne(db, sql: "SELECT turn FROM games") ?? -1 }
            if turn == currentTurn {
                if standing == nil {
                    standing = Dictionary(
                        uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, standing_order FROM fleets WHERE standing_order IS NOT NULL").map {
                            ($0[0] as String, $0[1] as String)
                        })
                }
                if let text = standing?[fleetID] {
                    return try? JSONDecoder().decode(FleetCommand.self, from: Data(text.utf8))
                }
            }
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT order_type, target_system_id, target_fleet_id FROM orders WHERE fleet_id = ? AND turn < ? ORDER BY turn DESC LIMIT 1",
                    arguments: [fleetID, turn]),
                let kind = FleetOrderKind(rawValue: row[0])
            else { return nil }
            return FleetCommand(kind: kind, targetSystemID: row[1], targetFleetID: row[2])
        }
    }

    /// The file's fleet lines again: the written ones (in row order) with the
    /// repeated ones back at their positions, each line's index its position.
    /// Nil when a repeated line's command cannot be found.
    func merged(into written: [ResolvedOrders.Fleet], command: (String) throws -> FleetCommand?) rethrows -> [ResolvedOrders.Fleet]? {
        var result: [ResolvedOrders.Fleet] = []
        var rows = written[...]
        var pending = lines.sorted { $0.position < $1.position }[...]
        while !rows.isEmpty || !pending.isEmpty {
            if let next = pending.first, next.position == result.count || rows.isEmpty {
                pending.removeFirst()
                guard let given = try command(next.fleetID) else { return nil }
                result.append(ResolvedOrders.Fleet(index: result.count, fleetID: next.fleetID, command: given))
            } else {
                let line = rows.removeFirst()
                result.append(ResolvedOrders.Fleet(index: result.count, fleetID: line.fleetID, command: line.command))
            }
        }
        return result
    }
}
