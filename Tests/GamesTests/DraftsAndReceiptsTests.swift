import Engine
import Foundation
import Testing
@testable import Games
@testable import PlayerProtocol

/// Drafts, strict JSON and honest receipts, as a player dropping files sees them.
@Suite struct DraftsAndReceiptsTests {
    @Test func aDraftIsAcceptedButLeavesTheHouseInWaitingFor() throws {
        let game = try TestGame()
        let fleet = game.fleets(of: "alpha")[0]
        let draft = game.orderFile("alpha", body: ["ready": false, "fleet_orders": [["fleet": fleet.id, "order": "hold"]]])
        let receipt = try game.drop(draft, as: "draft.json", into: "alpha")
        #expect(receipt.status == .accepted, "\(receipt.errors)")
        #expect(receipt.ready == false)
        #expect(receipt.note?.contains("draft") == true)
        #expect(receipt.waitingFor == ["alpha", "beta"])
        #expect(receipt.ordersInForce == 1)
        // Beta is ready; the turn still waits for alpha's draft to become final.
        let beta = try game.drop(game.orderFile("beta"), as: "b.json", into: "beta")
        #expect(beta.waitingFor == ["alpha"])
        #expect(try ResolveTurn(session: game.session).dueReason() == nil)
        // The draft is what is in force should the deadline pass.
        #expect(try game.session.store.ordersInForce(turn: 1).orders[game.house("alpha").id]?.fleetOrders.count == 1)
        let final = try game.drop(game.orderFile("alpha", body: ["ready": true, "fleet_orders": []]), as: "final.json", into: "alpha")
        #expect(final.ready == true)
        #expect(final.note == nil)
        #expect(final.waitingFor.isEmpty)
        #expect(try ResolveTurn(session: game.session).dueReason() == .allSubmitted)
    }

    @Test func aLaterDraftTakesTheHouseOutOfTheSubmittedAgain() throws {
        let game = try TestGame(players: 3)
        try game.drop(game.orderFile("alpha"), as: "a.json", into: "alpha")
        let draft = try game.drop(game.orderFile("alpha", body: ["ready": false]), as: "a2.json", into: "alpha")
        #expect(draft.waitingFor == ["alpha", "beta", "gamma"])
    }

    @Test func aMissingCommaOnLineThreeIsAnsweredWithLineThreeAndItsColumn() throws {
        let game = try TestGame()
        let text = "{\n  \"game\": \"\(game.created.id)\",\n  \"house\": \"alpha\"\n  \"turn\": 1\n}\n"
        let fixed = "{\n  \"game\": \"\(game.created.id)\",\n  \"house\": \"alpha\" \"turn\": 1\n}\n"
        let receipt = try game.drop(Data(fixed.utf8), as: "bad.json", into: "alpha")
        #expect(receipt.status == .rejected)
        let error = try #require(receipt.errors.first)
        #expect(error.code == .fileBadJson)
        #expect(error.line == 3 && error.column == 20)
        #expect(error.message.contains("line 3, column 20"))
        let nextLine = try game.drop(Data(text.utf8), as: "bad2.json", into: "alpha")
        #expect(nextLine.errors.first?.line == 4)
    }

    @Test func aDuplicateKeyIsRejected() throws {
        let game = try TestGame(open: true)
        let text = #"{"game": "\#(game.created.id)", "house": "alpha", "turn": 1, "turn": 1}"#
        let receipt = try game.drop(Data(text.utf8), as: "dup.json", into: "alpha")
        #expect(receipt.status == .rejected)
        #expect(receipt.errors.map(\.code) == [.fieldDuplicateKey])
        #expect(receipt.errors.first?.path == "turn")
    }

    @Test func aResentRejectedFileRepeatsItsErrors() throws {
        let game = try TestGame()
        let bad = game.orderFile("alpha", body: ["fleet_orders": [["fleet": "nonsense-fleet", "order": "hold"]]])
        let first = try game.drop(bad, as: "x.json", into: "alpha")
        #expect(first.status == .rejected)
        let again = try game.drop(bad, as: "x.json", into: "alpha")
        #expect(again.status == .duplicate)
        #expect(again.errors == first.errors)
        #expect(again.ready == nil)
        #expect(again.note?.contains("errors included") == true)
        #expect(again.waitingFor == ["alpha", "beta"])
    }

    @Test func standingOrdersAreCountedInForce() throws {
        let game = try TestGame()
        let fleet = game.fleets(of: "alpha")[0]
        let home = try #require(game.house("alpha").homeSystemID)
        let neighbour = try #require(StarGraph(state: game.state).neighbours(of: home).first?.to)
        try game.drop(
            game.orderFile("alpha", body: ["fleet_orders": [["fleet": fleet.id, "order": "patrol", "to": neighbour]]]), as: "a.json", into: "alpha")
        try game.drop(game.orderFile("beta"), as: "b.json", into: "beta")
        _ = try ResolveTurn(session: game.session).run()
        let patrolling = game.fleets(of: "alpha").filter { $0.standingOrder != nil }.count
        try #require(patrolling > 0)
        let empty = try game.drop(game.orderFile("alpha"), as: "a2.json", into: "alpha")
        #expect(empty.status == .accepted)
        #expect(empty.standingOrdersInForce == patrolling)
        #expect(empty.ordersInForce == patrolling)
        let receiptJSON =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: game.session.folder.receiptsFolder("alpha").appendingPathComponent("000003-a2.json"))) as? [String: Any]
        #expect(receiptJSON?["standing_orders_in_force"] as? Int == patrolling)
    }
}
