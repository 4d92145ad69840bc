import Engine
import Foundation
import GRDB
import Testing
@testable import Games
@testable import FolderTransport
@testable import Daemon
@testable import PlayerProtocol

@Suite struct ReplayGameTests {
    /// Plays turns through the real ingestion path, with bot orders as files.
    func play(_ game: TestGame, turns: Int) throws {
        for _ in 0..<turns {
            for house in game.state.activeHouses {
                let file = try BotOrders.make(session: game.session, slug: house.slug, strategy: .greedy, token: game.token(house.slug))
                let encoder = JSONEncoder()
                try game.drop(try encoder.encode(file), as: "turn\(game.session.turn).json", into: house.slug)
            }
            _ = try ResolveTurn(session: game.session).run()
        }
    }

    @Test func aGameReplaysToTheSameHashesAndTamperingIsFound() throws {
        let game = try TestGame(players: 3, seed: 5)
        try play(game, turns: 6)
        let report = try ReplayGame(session: game.session).run()
        #expect(report.turnsChecked == 6)
        #expect(report.firstMismatch == nil)
        #expect(report.setupRebuildsStart == true)

        try DatabaseQueue(path: game.session.folder.databaseURL.path).write { db in
            try db.execute(sql: "UPDATE turn_hashes SET state_hash = '0000000000000000' WHERE turn = 4")
        }
        let tampered = try ReplayGame(session: game.session).run()
        #expect(tampered.firstMismatch == 4)
        #expect(tampered.turnsChecked == 4)
    }

    @Test func botOrdersAreAcceptedForEveryHouse() throws {
        let game = try TestGame(players: 4, seed: 8)
        for house in game.state.houses {
            let file = try BotOrders.make(session: game.session, slug: house.slug, strategy: .random, token: game.token(house.slug))
            let receipt = try game.drop(try JSONEncoder().encode(file), as: "bot.json", into: house.slug)
            #expect(receipt.status == .accepted, "\(receipt.errors)")
        }
    }
}
