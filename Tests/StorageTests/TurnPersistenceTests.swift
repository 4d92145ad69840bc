import Engine
import Foundation
import GRDB
import Testing
import TestSupport
@testable import Storage

/// A resolved turn written to the database must load back as exactly the
/// state the engine produced, turn after turn, or replay and the next turn
/// would start from something else.
@Suite struct TurnPersistenceTests {
    func play(players: Int, seed: UInt64, turns: Int) throws {
        let folder = try TemporaryFolder()
        let store = GameStore(database: try GameDatabase.create(inFolder: folder.url))
        var setup = GameSetup.standard(players: players)
        setup.turnLimit = turns
        var state = try InitialStateBuilder.build(setup: setup, seed: seed)
        try store.insertNewGame(state, NewGameRecord(setup: setup, tokenHashes: [:], turnDeadline: nil, pollIntervalSeconds: 30, dataDirectory: folder.url.path, createdAt: 1))
        #expect(try store.loadState() == state)
        var resolved = 0
        while state.game.phase == .active {
            var submissions: [String: Orders] = [:]
            for house in state.activeHouses {
                let strategy: ReferenceBot.Strategy = house.slug.count % 2 == 0 ? .greedy : .random
                submissions[house.id] = ReferenceBot(strategy: strategy, seed: seed &+ UInt64(state.game.turn))
                    .orders(for: HouseKnowledge.make(from: state, for: house.id)!)
            }
            let result = try TurnResolver.resolve(state: state, submissions: submissions)
            try store.recordTurn(result, previous: state, nextDeadline: nil, now: Int64(100 + state.game.turn))
            let loaded = try store.loadState()
            #expect(loaded == result.state, "turn \(result.resolvedTurn)")
            #expect(StateHash.of(loaded) == result.stateHash)
            #expect(try store.turnHashes()[result.resolvedTurn] == result.stateHash)
            #expect(try store.events(turn: result.resolvedTurn) == result.events)
            let audience = result.events.reduce(0) { $0 + ($1.audience?.count ?? 1) }
            let log = try store.database.writer.read { db in
                (
                    rows: try Int.fetchOne(db, sql: "SELECT count(*) FROM turn_log WHERE turn = ?", arguments: [result.resolvedTurn])!,
                    dangling: try Int.fetchOne(
                        db,
                        sql: """
                            SELECT count(*) FROM turn_log t LEFT JOIN game_events e ON e.id = json_extract(t.data, '$.event_id')
                            WHERE t.turn = ? AND (e.id IS NULL OR e.event_type != t.event_type)
                            """, arguments: [result.resolvedTurn])!
                )
            }
            #expect(log.rows == audience)
            #expect(log.dangling == 0)
            state = result.state
            resolved += 1
        }
        #expect(resolved == turns)
        let counts = try store.database.writer.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM diagnostic_metrics")!,
                try Int.fetchOne(db, sql: "SELECT count(DISTINCT turn) FROM game_events")!,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM turn_log WHERE visible_to_house_id IS NULL")!,
                try String.fetchOne(db, sql: "SELECT phase FROM games")!
            )
        }
        #expect(counts.0 == players * turns)
        #expect(counts.1 == turns)
        #expect(counts.2 > 0)
        #expect(counts.3 == "Completed")
    }

    @Test(arguments: [(2, 4 as UInt64), (4, 11), (6, 29)])
    func aBotGameRoundTripsThroughTheDatabaseEveryTurn(players: Int, seed: UInt64) throws {
        try play(players: players, seed: seed, turns: 25)
    }

    @Test func aTurnIsNeverRecordedTwice() throws {
        let folder = try TemporaryFolder()
        let store = GameStore(database: try GameDatabase.create(inFolder: folder.url))
        let setup = GameSetup.standard(players: 2)
        let state = try InitialStateBuilder.build(setup: setup, seed: 1)
        try store.insertNewGame(state, NewGameRecord(setup: setup, tokenHashes: [:], turnDeadline: nil, pollIntervalSeconds: 30, dataDirectory: folder.url.path, createdAt: 1))
        let result = try TurnResolver.resolve(state: state, submissions: [:])
        try store.recordTurn(result, previous: state, nextDeadline: nil, now: 2)
        #expect(throws: StorageError.self) { try store.recordTurn(result, previous: state, nextDeadline: nil, now: 3) }
        #expect(try store.loadState() == result.state)
    }
}
