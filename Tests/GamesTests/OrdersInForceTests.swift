import Engine
import Foundation
import GRDB
import Testing
@testable import Games
@testable import FolderTransport
@testable import PlayerProtocol

/// Resolution takes each house's orders from the one place ingestion put them.
@Suite struct OrdersInForceTests {
    @Test func theTurnCarriesOutTheOrdersRecordedAtIngestion() throws {
        let game = try TestGame(open: true)
        let fleet = try require(game.fleets(of: "alpha").first)
        let to = try require(game.state.lanes.first { $0.from == fleet.locationSystemID || $0.to == fleet.locationSystemID })
        let target = to.from == fleet.locationSystemID ? to.to : to.from
        let order = ["fleet": fleet.id, "order": "move", "to": target]
        #expect(try game.drop(game.orderFile("alpha", body: ["fleet_orders": [order]]), as: "a.json", into: "alpha").status == .accepted)
        try game.drop(game.orderFile("beta"), as: "b.json", into: "beta")

        let inForce = try game.session.store.ordersInForce(turn: 1)
        #expect(inForce.unreadable.isEmpty)
        #expect(inForce.orders[game.house("alpha").id]?.fleetOrders.map(\.command) == [FleetCommand(kind: .move, targetSystemID: target)])
        // A house with an empty accepted file has orders in force: nothing.
        #expect(inForce.orders[game.house("beta").id]?.fleetOrders.isEmpty == true)
    }

    @Test func aHouseWhoseStoredOrdersCannotBeReadGetsAnEventAndFollowsStandingOrders() throws {
        let game = try TestGame(open: true)
        let fleet = try require(game.fleets(of: "alpha").first)
        let order = ["fleet": fleet.id, "order": "hold"]
        try game.drop(game.orderFile("alpha", body: ["fleet_orders": [order]]), as: "a.json", into: "alpha")
        try game.drop(game.orderFile("beta"), as: "b.json", into: "beta")
        // A row no version of the rules knows: what a damaged or hand-edited database holds.
        try DatabaseQueue(path: game.session.folder.databaseURL.path).write { db in
            try db.execute(sql: "UPDATE orders SET order_type = 'teleport' WHERE fleet_id = ?", arguments: [fleet.id])
        }

        let outcome = try ResolveTurn(session: game.session).run()
        #expect(outcome.unreadableOrders.keys.sorted() == [game.house("alpha").id])
        let rejected = outcome.result.events.filter { $0.type == .ordersRejected }
        #expect(rejected.map(\.houseID) == [game.house("alpha").id])
        #expect(rejected.first?.reason?.contains("teleport") == true)
        #expect(game.session.turn == 2)
    }
}
