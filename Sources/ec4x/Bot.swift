import ArgumentParser
import Engine
import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol

extension EC4X {
    struct Bot: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a valid order file (JSON) for a house's next turn, built only from what the house knows.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The game's id, unique id prefix or name.")
        var game: String

        @Option(help: "The house to play.")
        var house: String

        @Option(help: "random or greedy.")
        var strategy: String = ReferenceBot.Strategy.greedy.rawValue

        @Option(help: "The house's token, copied into the file (games that are not open need it).")
        var token: String?

        func validate() throws {
            guard ReferenceBot.Strategy(rawValue: strategy) != nil else {
                throw ValidationError("--strategy is random or greedy")
            }
        }

        func run() throws {
            let strategy = ReferenceBot.Strategy(rawValue: strategy) ?? .greedy
            do {
                let session = try OpenGame.session(game, data: global.dataDirectory)
                try Output.json(try BotOrders.make(session: session, slug: house, strategy: strategy, token: token))
            } catch let error as GamesError {
                throw error.asCommandFailure
            }
        }
    }
}
