import ArgumentParser
import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol

extension EC4X {
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List games: turn, phase, who is awaited, deadline.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "A game's id, unique id prefix or name; all games when omitted.")
        var game: String?

        @Flag(help: "Print the result as JSON.")
        var json = false

        struct Report: Encodable {
            var games: [GameSummary]
            var problems: [GameCatalog.Problem]
        }

        func run() throws {
            let catalog = GameCatalog.scan(global.dataDirectory)
            var games = catalog.games
            if let game {
                do {
                    games = [try catalog.find(game)]
                } catch let error as GamesError {
                    throw error.asCommandFailure
                }
            }
            if json { return try Output.json(Report(games: games, problems: catalog.problems)) }
            for problem in catalog.problems {
                Output.warning("skipped \(Output.display(problem.folder)): \(problem.message)")
            }
            if games.isEmpty {
                print("No games in \(Output.display(global.dataDirectory.gamesFolder.path)). Create one with: ec4x new")
                return
            }
            for summary in games { print(Self.describe(summary)) }
        }

        static func describe(_ game: GameSummary) -> String {
            var lines = ["\(game.name)  [\(game.id)]"]
            lines.append("  turn \(game.turn) (year \(game.year), month \(game.month)), \(game.phase), submitted \(game.submitted)/\(game.expected)")
            if !game.awaiting.isEmpty { lines.append("  awaiting: \(game.awaiting.joined(separator: ", "))") }
            if let deadline = game.deadline {
                let date = Date(timeIntervalSince1970: TimeInterval(deadline))
                lines.append("  deadline: \(date.ISO8601Format())")
            }
            if let winner = game.winner { lines.append("  winner: \(winner)") }
            if game.resolveFailures > 0 {
                let stuck = game.resolveFailures >= ResolveTurn.maxFailures ? "STUCK: the daemon stopped retrying; fix the cause, then ec4x resolve \(game.id.prefix(8)) --force" : "will retry"
                lines.append("  turn failed to resolve \(game.resolveFailures) time(s) (\(stuck)): \(game.lastError ?? "")")
            }
            let houses = game.houses.map { "\($0.slug)\($0.eliminated ? " (eliminated)" : "") prestige \($0.prestige)" }
            lines.append("  houses: \(houses.joined(separator: "; "))")
            return lines.joined(separator: "\n")
        }
    }
}
