import Engine
import Foundation
import GRDB
import Testing
import TestSupport
@testable import Storage

@Suite struct GameStoreTests {
    let folder: TemporaryFolder
    let store: GameStore
    let state: GameState

    init() throws {
        folder = try TemporaryFolder()
        store = GameStore(database: try GameDatabase.create(inFolder: folder.url))
        let setup = GameSetup.standard(players: 3, name: "Store Test")
        state = try InitialStateBuilder.build(setup: setup, seed: 42)
        try store.insertNewGame(
            state,
            NewGameRecord(
                setup: setup, tokenHashes: [state.houses[0].id: "abc"], turnDeadline: nil,
                pollIntervalSeconds: 30, dataDirectory: folder.url.path, createdAt: 1_000
            ))
    }

    @Test func aSavedGameLoadsBackUnchanged() throws {
        #expect(try store.loadState() == state)
        let game = try store.gameRecord()
        #expect(game.seed == 42)
        #expect(game.phase == "Active")
        #expect(game.transportMode == "localhost")
        let setup = try JSONDecoder().decode(GameSetup.self, from: Data(game.gameSetupJson.utf8))
        #expect(setup.houses.map(\.name) == ["Alpha", "Beta", "Gamma"])
    }

    @Test func readinessCountsAcceptedSubmissionsOfLivingHousesOnly() throws {
        let (alpha, beta, gamma) = (state.houses.first { $0.slug == "alpha" }!, state.houses.first { $0.slug == "beta" }!, state.houses.first { $0.slug == "gamma" }!)
        #expect(try store.turnReadiness(turn: 1) == TurnReadiness(expected: ["alpha", "beta", "gamma"], submitted: []))
        try store.database.writer.write { (db: Database) throws in
            for (house, status, turn) in [(alpha, "accepted", 1), (alpha, "accepted", 1), (beta, "rejected", 1), (gamma, "accepted", 2)] {
                let record = SubmissionRecord(
                    gameId: state.game.id, houseId: house.id, turn: turn, fileName: "o.json", format: "json",
                    raw: Data("{}".utf8), sha256: "x", status: status, errorsJson: nil, receiptName: nil, receivedAt: 1
                )
                try record.insert(db)
            }
        }
        let readiness = try store.turnReadiness(turn: 1)
        #expect(readiness.submitted == ["alpha"])
        #expect(readiness.awaited == ["beta", "gamma"])
        try store.database.writer.write { (db: Database) throws in
            try db.execute(sql: "UPDATE houses SET eliminated = 1 WHERE slug IN ('beta', 'gamma')")
        }
        #expect(try store.turnReadiness(turn: 1).isComplete)
    }

    @Test func visibleStateShowsOwnColoniesKnownSystemsAndStaleFleetSightings() throws {
        let alpha = state.houses.first { $0.slug == "alpha" }!
        let betaFleet = state.fleets.first { $0.ownerHouseID != alpha.id }!
        let known = Set(state.intel(of: alpha.id)!.systems.map(\.systemID))
        let seen = state.systems.first { !known.contains($0.id) }!
        try store.database.writer.write { (db: Database) throws in
            let system = IntelSystemRecord(gameId: state.game.id, houseId: alpha.id, systemId: seen.id, lastScoutedTurn: 1, visibilityLevel: "scouted", createdAt: 1, updatedAt: 1)
            try system.insert(db)
            let fleet = IntelFleetRecord(
                gameId: state.game.id, houseId: alpha.id, fleetId: betaFleet.id, detectedTurn: 2, detectedSystemId: seen.id, shipCount: 2, shipTypes: #"{"Military":2}"#,
                intelQuality: "visual", createdAt: 1, updatedAt: 1)
            try fleet.insert(db)
        }
        let visible = try store.visibleState(houseID: alpha.id, currentTurn: 5)
        #expect(visible.ownColonies.map(\.systemId) == [alpha.homeSystemID!])
        #expect(Set(visible.knownSystems.map(\.system.id)) == known.union([seen.id]))
        #expect(visible.knownSystems.first { $0.system.id == seen.id }?.visibility == "scouted")
        #expect(visible.knownSystems.first { $0.system.id == alpha.homeSystemID }?.visibility == "owned")
        #expect(visible.detectedFleets == [DetectedFleet(fleetID: betaFleet.id, systemID: seen.id, shipCount: 2, turnsStale: 3)])
        let beta = state.houses.first { $0.slug == "beta" }!
        #expect(try store.visibleState(houseID: beta.id, currentTurn: 5).detectedFleets.isEmpty)
    }

    @Test func turnDeltasGiveAHouseItsOwnAndPublicChangesInOrder() throws {
        let (alpha, beta) = (state.houses[0], state.houses[1])
        try store.database.writer.write { (db: Database) throws in
            for (house, type) in [(alpha.id, "fleet_moved"), (nil, "war_declared"), (beta.id, "colony_built"), (alpha.id, "ship_built")] as [(String?, String)] {
                let delta = StateDeltaRecord(gameId: state.game.id, turn: 1, houseId: house, deltaType: type, entityId: nil, data: "{}", createdAt: 1)
                try delta.insert(db)
            }
            let later = StateDeltaRecord(gameId: state.game.id, turn: 2, houseId: alpha.id, deltaType: "later", entityId: nil, data: "{}", createdAt: 1)
            try later.insert(db)
        }
        #expect(try store.turnDeltas(turn: 1, houseID: alpha.id).map(\.deltaType) == ["fleet_moved", "war_declared", "ship_built"])
        #expect(try store.turnDeltas(turn: 1, houseID: beta.id).map(\.deltaType) == ["war_declared", "colony_built"])
    }

    @Test func foreignKeysAreEnforced() throws {
        #expect(throws: DatabaseError.self) {
            try store.database.writer.write { (db: Database) throws in
                try db.execute(sql: "INSERT INTO ships (id, fleet_id, ship_type, hull_points, max_hull_points, created_at) VALUES ('s', 'no-such-fleet', 'Military', 1, 1, 0)")
            }
        }
    }
}
