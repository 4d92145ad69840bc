import ArgumentParser
import Foundation
import Games
import MCPServer

extension EC4X {
    struct MCPCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mcp",
            abstract: "Serve one house to an AI agent as MCP tools over stdin/stdout (register it with an MCP client)."
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The game's id, unique id prefix or name.")
        var game: String?

        @Option(help: "The house to serve.")
        var house: String?

        @Option(help: "Serve the house a Nostr player's `ec4x player sync --folder DIR` mirrors, instead of GAME --house.")
        var folder: String?

        @Option(help: "The house's token (games that are not open need it).")
        var token: String?

        func validate() throws {
            if folder != nil, game != nil || house != nil || token != nil { throw ValidationError("--folder serves a synced folder: give it without GAME, --house or --token") }
            if folder == nil, game == nil || house == nil { throw ValidationError("give GAME and --house (or --folder DIR)") }
        }

        func run() throws {
            let server: HouseServer
            do {
                if let folder {
                    server = try HouseServer.open(syncedFolder: URL(fileURLWithPath: folder))
                } else {
                    server = try HouseServer.open(game: game ?? "", data: global.dataDirectory, house: house ?? "", token: token)
                }
            } catch let error as GamesError {
                throw error.asCommandFailure
            } catch let refusal as StartupRefusal {
                throw CommandFailure(description: refusal.description)
            }
            // The other commands are synchronous; this one waits here for the
            // server's tasks, which run on the concurrency pool, not this thread.
            let finished = DispatchSemaphore(value: 0)
            nonisolated(unsafe) var failure: (any Error)?
            Task {
                do { try await server.run() } catch { failure = error }
                finished.signal()
            }
            finished.wait()
            if let failure { throw CommandFailure(description: "ec4x mcp: \(failure)") }
        }
    }
}
