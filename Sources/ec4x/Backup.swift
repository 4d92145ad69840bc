import ArgumentParser
import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol

extension EC4X {
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Copy a game's database while it is in use (SQLite online backup).")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The game's id, unique id prefix or name.")
        var game: String

        @Argument(help: "The backup file, or a folder to put <id>.db in.")
        var destination: String

        func run() throws {
            do {
                let session = try OpenGame.session(game, data: global.dataDirectory)
                try BackupGame.run(session: session, to: URL(fileURLWithPath: destination))
                print("Backed up \"\(session.state.game.name)\" to \(destination)")
            } catch let error as GamesError {
                throw error.asCommandFailure
            }
        }
    }
}
