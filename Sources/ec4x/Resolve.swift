import ArgumentParser
import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol

extension EC4X {
    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Resolve a game's current turn now.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The game's id, unique id prefix or name.")
        var game: String

        @Flag(help: "Resolve even if houses have not submitted (they keep their standing orders); also retries a turn that failed before.")
        var force = false

        func run() throws {
            do {
                let session = try OpenGame.session(game, data: global.dataDirectory)
                try resolve(session)
            } catch let error as GamesError {
                throw error.asCommandFailure
            }
        }

        func resolve(_ session: GameSession) throws {
            guard session.state.game.phase == .active else {
                throw CommandFailure(description: "the game is \(session.state.game.phase.rawValue.lowercased()); there is no turn to resolve")
            }
            if force {
                try session.clearFailures()
            } else if try ResolveTurn(session: session).dueReason() == nil {
                let waiting = try session.awaitedSlugs()
                throw CommandFailure(
                    description: "turn \(session.turn) is waiting for \(waiting.joined(separator: ", ")); use --force to resolve it now with their standing orders")
            }
            let turn = session.turn
            let result = try ResolveTurn(session: session).run().result
            try ViewFiles(session: session).publish(events: result.events, resolvedTurn: result.resolvedTurn)
            print("Resolved turn \(turn) of \"\(session.state.game.name)\"; now turn \(session.turn), \(session.state.game.phase.rawValue)")
        }
    }
}
