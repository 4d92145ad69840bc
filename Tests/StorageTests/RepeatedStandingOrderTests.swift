import Engine
import Foundation
import GRDB
import Testing
import TestSupport
@testable import Storage

/// A fleet line that repeats the fleet's standing order gets no `orders` row
/// (lever `standing-orders`), yet the orders in force read back exactly as
/// the file gave them: same lines, same positions, same count on the receipt.
@Suite struct RepeatedStandingOrderTests {
    func store(levers: StorageLevers) throws -> (GameStore, GameState, TemporaryFolder) {
        try StorageLevers.$inEffect.withValue(levers) {
            let folder = try TemporaryFolder()
            let store = GameStore(database: try GameDatabase.create(inFolder: folder.url))
            let setup = GameSetup.standard(players: 2)
            var state = try InitialStateBuilder.build(setup: setup, seed: 5)
            let house = state.activeHouses[0].id
            let target = state.systems.first { $0.id != state.fleets[0].locationSystemID }!.id
            for index in state.fleets.indices where state.fleets[index].ownerHouseID == house {
                state.fleets[index].standingOrder = FleetCommand(kind: .move, targetSystemID: target)
            }
            try store.insertNewGame(
                state, NewGameRecord(setup: setup, tokenHashes: [:], turnDeadline: nil, pollIntervalSeconds: 30, dataDirectory: folder.url.path, createdAt: 1))
            return (store, state, folder)
        }
    }

    func submit(_ orders: ResolvedOrders, to store: GameStore, turn: Int, levers: StorageLevers) throws {
        try StorageLevers.$inEffect.withValue(levers) {
            _ = try store.recordSubmission(
                NewSubmission(
                    houseID: orders.houseID, turn: turn, fileName: "t.json", format: .json, raw: Array("{}".utf8), sha256: "x",
                    status: .accepted, errors: [], receivedAt: 2),
                orders: orders
            ) { "\($0).json" }
        }
    }

    @Test(arguments: [StorageLevers.all, []])
    func repeatedLinesReadBackAtTheirPositions(levers: StorageLevers) throws {
        let (store, state, folder) = try store(levers: levers)
        defer { withExtendedLifetime(folder) {} }
        let house = state.activeHouses[0].id
        let fleets = state.fleets.filter { $0.ownerHouseID == house }.map(\.id)
        try #require(fleets.count >= 2)
        let standing = state.fleets.first { $0.id == fleets[0] }!.standingOrder!
        // Line 0 changes the order, line 1 repeats the standing one, line 2 holds (always written).
        var lines = [
            ResolvedOrders.Fleet(index: 0, fleetID: fleets[0], command: FleetCommand(kind: .patrol, targetSystemID: standing.targetSystemID)),
            ResolvedOrders.Fleet(index: 1, fleetID: fleets[1], command: standing),
        ]
        if fleets.count > 2 { lines.append(ResolvedOrders.Fleet(index: 2, fleetID: fleets[2], command: FleetCommand(kind: .hold))) }
        let orders = ResolvedOrders(houseID: house, fleetOrders: lines, builds: [], diplomacy: [])
        try submit(orders, to: store, turn: state.game.turn, levers: levers)

        let rows = try store.database.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM orders")! }
        #expect(rows == (levers.contains(.standingOrders) ? lines.count - 1 : lines.count))
        #expect(try store.ordersInForce(turn: state.game.turn).orders[house] == orders)
        #expect(try store.orderCount(houseID: house, turn: state.game.turn) == lines.count)
    }

    @Test func aLaterFileReplacesTheRepeatedLinesToo() throws {
        let (store, state, folder) = try store(levers: .all)
        defer { withExtendedLifetime(folder) {} }
        let house = state.activeHouses[0].id
        let fleet = state.fleets.first { $0.ownerHouseID == house }!
        let repeating = ResolvedOrders(
            houseID: house, fleetOrders: [ResolvedOrders.Fleet(index: 0, fleetID: fleet.id, command: fleet.standingOrder!)], builds: [], diplomacy: [])
        try submit(repeating, to: store, turn: state.game.turn, levers: .all)
        let empty = ResolvedOrders(houseID: house, fleetOrders: [], builds: [], diplomacy: [])
        try submit(empty, to: store, turn: state.game.turn, levers: .all)
        #expect(try store.ordersInForce(turn: state.game.turn).orders[house] == empty)
        #expect(try store.orderCount(houseID: house, turn: state.game.turn) == 0)
    }
}
