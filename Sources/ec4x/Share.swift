import ArgumentParser
import Foundation
import Games
import FolderTransport

extension EC4X {
    struct Share: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the per-house share configuration for LAN play: one share and one user per house, a read-only public share.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The game's id, unique id prefix or name.")
        var game: String

        @Flag(help: "Print an smb.conf fragment for Samba.")
        var samba = false

        @Option(help: "Put before every share name (for several games on one host).")
        var prefix = ""

        @Option(name: .customLong("user"), help: "HOUSE=USER: the Samba user of a house (repeatable; default: the house's group name, else ec4x-HOUSE).")
        var users: [String] = []

        func run() throws {
            var userBySlug: [String: String] = [:]
            for pair in users {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { throw ValidationError("--user wants HOUSE=USER, not \"\(pair)\"") }
                userBySlug[parts[0]] = parts[1]
            }
            let configuration: ShareConfiguration
            do {
                let session = try OpenGame.session(game, data: global.dataDirectory)
                configuration = try ShareConfiguration.read(session.folder, name: session.state.game.name, slugs: session.slugs, prefix: prefix, users: userBySlug)
            } catch let error as GamesError {
                throw error.asCommandFailure
            } catch let error as SafePathError {
                throw CommandFailure(description: "the game's folder is not as ec4x made it: \(error)")
            }
            print(samba ? configuration.samba() : configuration.listing(), terminator: "")
        }
    }
}
