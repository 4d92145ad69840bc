import ArgumentParser
import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol

extension EC4X {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rewrite a game's views; or write its map in the legacy text format.",
            discussion: "Without --legacy, rewrites houses/<slug>/view.json (every house, or the one named by --house) from the database."
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The game's id, unique id prefix or name.")
        var game: String

        @Option(help: "Rewrite only this house's view.")
        var house: String?

        @Option(help: "Write game_data/systems.txt, game_data/lanes.txt and game_config.toml into this folder instead.")
        var legacy: String?

        func run() throws {
            do {
                let session = try OpenGame.session(game, data: global.dataDirectory)
                let name = session.state.game.name
                if let legacy {
                    try ExportLegacyMap.run(session: session, destination: URL(fileURLWithPath: legacy))
                    print("Wrote the map of \"\(name)\" to \(legacy)")
                    return
                }
                let written = try ViewFiles(session: session).rewrite(only: house)
                print("Rewrote \(written.count) view(s) of \"\(name)\" for turn \(session.turn): \(written.joined(separator: ", "))")
            } catch let error as GamesError {
                throw error.asCommandFailure
            }
        }
    }
}
