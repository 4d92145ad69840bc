public import Engine
internal import Foundation
internal import GRDB

/// The orders each house has in force for the current turn, read back from
/// the rows its accepted submission wrote: the one place resolution takes
/// orders from, so a file is decoded once, when it arrives. (The rows follow
/// the fleets — a destroyed fleet's orders go with it — so replay re-judges
/// the recorded files instead.)
public struct OrdersInForce: Sendable, Equatable {
    public var orders: [String: ResolvedOrders]
    /// Houses whose rows could not be turned back into orders, with why.
    public var unreadable: [String: String]

    public init(orders: [String: ResolvedOrders] = [:], unreadable: [String: String] = [:]) {
        self.orders = orders
        self.unreadable = unreadable
    }
}

extension GameStore {
    /// The orders in force for `turn`, by house id.
    public func ordersInForce(turn: Int) throws -> OrdersInForce {
        try database.writer.read { db in try Self.ordersInForce(db, turns: turn...turn)[turn] ?? OrdersInForce() }
    }

    /// Rows are kept in the order of the file's lists (ids grow with each
    /// insert), so a line's index is its position among its house's rows.
    static func ordersInForce(_ db: Database, turns: ClosedRange<Int>) throws -> [Int: OrdersInForce] {
        var byTurn: [Int: [String: ResolvedOrders]] = [:]
        var unreadable: [Int: [String: String]] = [:]
        func orders(_ turn: Int, _ house: String) -> ResolvedOrders {
            byTurn[turn]?[house] ?? ResolvedOrders(houseID: house, fleetOrders: [], builds: [], diplomacy: [])
        }
        // Houses with an accepted file count even when it orders nothing. Its
        // lines that repeated a standing order have no row (RepeatedStandingOrders).
        var repeated: [Int: [String: [RepeatedStandingOrders.Line]]] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT turn, house_id, repeated_standing_orders FROM submissions WHERE id IN (
                    SELECT max(id) FROM submissions WHERE status = 'accepted' AND turn BETWEEN ? AND ? GROUP BY turn, house_id)
                """, arguments: [turns.lowerBound, turns.upperBound])
        {
            let turn: Int = row[0]
            let house: String = row[1]
            byTurn[turn, default: [:]][house] = orders(turn, house)
            let lines = RepeatedStandingOrders(text: row[2]).lines
            if !lines.isEmpty { repeated[turn, default: [:]][house] = lines.sorted { $0.position < $1.position } }
        }
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT turn, house_id, fleet_id, order_type, target_system_id, target_fleet_id, params FROM orders
                WHERE turn BETWEEN ? AND ? ORDER BY id
                """, arguments: [turns.lowerBound, turns.upperBound])
        {
            let turn: Int = row[0]
            let house: String = row[1]
            let kind: String = row[3]
            guard let kind = FleetOrderKind(rawValue: kind) else {
                unreadable[turn, default: [:]][house] = "unknown fleet order \(kind)"
                continue
            }
            var command = FleetCommand(kind: kind, targetSystemID: row[4], targetFleetID: row[5])
            if kind == .detach {
                let params: String? = row[6]
                let fields = (params.flatMap { try? JSONDecoder().decode([String: JSONValue].self, from: Data($0.utf8)) }) ?? [:]
                command.ships = ShipSelection(military: fields["military"]?.intValue ?? 0, spacelift: fields["spacelift"]?.intValue ?? 0)
                command.name = fields["name"]?.stringValue
            }
            var current = orders(turn, house)
            current.fleetOrders.append(ResolvedOrders.Fleet(index: current.fleetOrders.count, fleetID: row[2], command: command))
            byTurn[turn, default: [:]][house] = current
        }
        let commands = RepeatedStandingOrders.Commands(db: db)
        for (turn, houses) in repeated {
            for (house, lines) in houses {
                var current = orders(turn, house)
                let repeatedLines = RepeatedStandingOrders(lines: lines)
                guard let merged = try repeatedLines.merged(into: current.fleetOrders, command: { try commands.command(fleetID: $0, turn: turn) })
                else {
                    unreadable[turn, default: [:]][house] = "a repeated standing order is no longer in force"
                    continue
                }
                current.fleetOrders = merged
                byTurn[turn, default: [:]][house] = current
            }
        }
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT turn, house_id, kind, params FROM house_orders WHERE turn BETWEEN ? AND ? ORDER BY id
                """, arguments: [turns.lowerBound, turns.upperBound])
        {
            let turn: Int = row[0]
            let house: String = row[1]
            let kind: String = row[2]
            let params: String? = row[3]
            var current = orders(turn, house)
            let fields = (params.flatMap { try? JSONDecoder().decode([String: JSONValue].self, from: Data($0.utf8)) }) ?? [:]
            switch (kind, fields["colony"], fields["item"].flatMap(\.stringValue).flatMap(BuildItem.init(rawValue:)), fields["house"], fields["relation"]) {
            case ("build", .string(let colony)?, let item?, _, _):
                current.builds.append(
                    ResolvedOrders.Build(
                        index: current.builds.count, colonyID: colony, item: item,
                        quantity: fields["quantity"]?.intValue ?? 1, cost: fields["cost"]?.intValue ?? 0
                    ))
            case ("diplomacy", _, _, .string(let other)?, .string(let relation)?) where DiplomaticRelation(rawValue: relation) != nil:
                current.diplomacy.append(
                    ResolvedOrders.Proposal(
                        index: current.diplomacy.count, houseID: other, relation: DiplomaticRelation(rawValue: relation)!
                    ))
            default:
                unreadable[turn, default: [:]][house] = "unreadable \(kind) order \(params ?? "")"
                continue
            }
            byTurn[turn, default: [:]][house] = current
        }
        var result: [Int: OrdersInForce] = [:]
        for turn in Set(byTurn.keys).union(unreadable.keys) {
            var houses = byTurn[turn] ?? [:]
            for house in (unreadable[turn] ?? [:]).keys { houses[house] = nil }
            result[turn] = OrdersInForce(orders: houses, unreadable: unreadable[turn] ?? [:])
        }
        return result
    }
}

extension OrdersInForce {
    /// The unreadable houses as the rules report a refusal.
    public var rejections: [String: [OrderError]] {
        unreadable.mapValues { [OrderError(code: .submissionUnreadable, path: "$", message: "the stored orders cannot be read: \($0)")] }
    }
}
