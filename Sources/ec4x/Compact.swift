import ArgumentParser
import Foundation
import Games

extension EC4X {
    struct Compact: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rewrite a finished game's database into the fewest pages (VACUUM), keeping every row.",
            discussion: "Online: readers (views, status, backups) keep working. An active game is refused unless --force, because the daemon's writes wait behind the rewrite."
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The game's id, unique id prefix or name.")
        var game: String

        @Flag(help: "Compact a game that is still being played.")
        var force = false

        @Flag(help: "Print the result as JSON.")
        var json = false

        func run() throws {
            do {
                let session = try OpenGame.session(game, data: global.dataDirectory)
                let result = try CompactGame.run(session: session, force: force)
                if json { return try Output.json(result) }
                print("Compacted \"\(session.state.game.name)\": \(result.bytesBefore) -> \(result.bytesAfter) bytes")
            } catch let error as GamesError {
                throw error.asCommandFailure
            }
        }
    }
}
