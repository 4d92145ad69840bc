import Engine
import Foundation
import Testing
@testable import Games
@testable import FolderTransport
@testable import Daemon
@testable import PlayerProtocol

@Suite struct OpenGameTests {
    @Test func aGameIsFoundByIdPrefixOrName() throws {
        let game = try TestGame(seed: 61)
        let other = try CreateGame(data: game.data, prepare: FolderLayout.prepare).run(NewGameRequest(setup: GameSetup.standard(players: 2, name: "Other"), seed: 62))
        // A damaged folder does not stand in the way of an id lookup.
        let broken = game.data.gamesFolder.appendingPathComponent("0000-broken")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        try Data("not a database".utf8).write(to: broken.appendingPathComponent("ec4x.db"))

        #expect(try OpenGame.session(game.created.id, data: game.data).id == game.created.id)
        #expect(try OpenGame.session(String(game.created.id.prefix(8)).uppercased(), data: game.data).id == game.created.id)
        #expect(try OpenGame.session("Other", data: game.data).id == other.id)
        #expect(throws: GamesError.self) { try OpenGame.session("no such game", data: game.data) }
    }
}
