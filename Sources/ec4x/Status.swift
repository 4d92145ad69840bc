import ArgumentParser
import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol
import NostrTransport

extension EC4X {
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List games: turn, phase, who is awaited, deadline.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "A game's id, unique id prefix or name; all games when omitted.")
        var game: String?

        @Flag(help: "Print the result as JSON.")
        var json = false

        @Flag(help: "Where the game's bytes go: each table with its indexes, and per turn (needs GAME).")
        var storage = false

        struct Report: Encodable {
            var games: [GameStatus]
            var problems: [GameCatalog.Problem]
        }

        /// A game's summary with what its folder refuses (DESIGN.md §4): the summary's keys, and `faults`.
        struct GameStatus: Encodable {
            var summary: GameSummary
            var faults: [FolderFault]

            init(_ summary: GameSummary) {
                self.summary = summary
                faults = FolderFaults.scan(GameFolder(url: URL(fileURLWithPath: summary.folder, isDirectory: true)), slugs: summary.houses.map(\.slug))
            }

            enum Keys: String, CodingKey { case faults }

            func encode(to encoder: any Encoder) throws {
                try summary.encode(to: encoder)
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(faults, forKey: .faults)
            }
        }

        func run() throws {
            if storage { return try runStorage() }
            let catalog = GameCatalog.scan(global.dataDirectory)
            var games = catalog.games
            if let game {
                do {
                    games = [try catalog.find(game)]
                } catch let error as GamesError {
                    throw error.asCommandFailure
                }
            }
            let faults = FaultsFile.read(global.dataDirectory)
            for index in games.indices { games[index].fault = faults[games[index].id] }
            let statuses = games.map(GameStatus.init)
            if json { return try Output.json(Report(games: statuses, problems: catalog.problems)) }
            for problem in catalog.problems {
                Output.warning("skipped \(Output.display(problem.folder)): \(problem.message)")
            }
            if games.isEmpty {
                print("No games in \(Output.display(global.dataDirectory.gamesFolder.path)). Create one with: ec4x new")
                return
            }
            for status in statuses { print(Self.describe(status.summary, faults: status.faults)) }
            if let moderator = KeyFile.existingModerator(data: global.dataDirectory) {
                print("Moderator of this data folder's Nostr games: \(moderator.publicKey.npub)")
            }
        }

        func runStorage() throws {
            guard let game else { throw CommandFailure(description: "--storage needs a game: ec4x status GAME --storage") }
            let report: GameStorageReport
            do {
                report = try GameStorageReport.make(session: try OpenGame.session(game, data: global.dataDirectory))
            } catch let error as GamesError {
                throw error.asCommandFailure
            }
            if json { return try Output.json(report) }
            print(Self.describe(report))
        }

        static func describe(_ report: GameStorageReport) -> String {
            func perTurn(_ bytes: Double?) -> String { bytes.map { "\(Int($0.rounded())) B/turn" } ?? "-" }
            var lines = [
                "\(report.game): \(report.fileBytes) bytes, \(report.turnsResolved) turns resolved; history tables \(perTurn(report.historyBytesPerTurn))",
                "  page size \(report.pageSize) B, free \(report.freeBytes) B (ec4x compact returns free pages)",
            ]
            if report.tables.isEmpty { lines.append("  (this SQLite cannot split the file by table: no dbstat)") }
            let width = max(5, report.tables.map(\.name.count).max() ?? 0)
            lines.append("  " + "table".padding(toLength: width, withPad: " ", startingAt: 0) + "       bytes     indexes        rows     per turn")
            for table in report.tables {
                let columns = [table.bytes, table.indexBytes, table.rows].map { String($0).leftPadded(11) }.joined(separator: " ")
                lines.append("  " + table.name.padding(toLength: width, withPad: " ", startingAt: 0) + " " + columns + " " + perTurn(table.bytesPerTurn).leftPadded(13))
            }
            return lines.joined(separator: "\n")
        }

        static func describe(_ game: GameSummary, faults: [FolderFault] = []) -> String {
            var lines = ["\(game.name)  [\(game.id)]"]
            lines.append("  turn \(game.turn) (year \(game.year), month \(game.month)), \(game.phase), submitted \(game.submitted)/\(game.expected)")
            if !game.awaiting.isEmpty { lines.append("  awaiting: \(game.awaiting.joined(separator: ", "))") }
            if let deadline = game.deadline {
                let date = Date(timeIntervalSince1970: TimeInterval(deadline))
                lines.append("  deadline: \(date.ISO8601Format())")
            }
            if let winner = game.winner { lines.append("  winner: \(winner)") }
            if let fault = game.fault { lines.append("  FAULT (the daemon retries until it clears): \(fault)") }
            if game.resolveFailures > 0 {
                let stuck =
                    game.resolveFailures >= ResolveTurn.maxFailures
                    ? "STUCK: the daemon stopped retrying; fix the cause, then ec4x resolve \(game.id.prefix(8)) --force" : "will retry"
                lines.append("  turn failed to resolve \(game.resolveFailures) time(s) (\(stuck)): \(game.lastError ?? "")")
            }
            let houses = game.houses.map { "\($0.slug)\($0.eliminated ? " (eliminated)" : "") prestige \($0.prestige)" }
            lines.append("  houses: \(houses.joined(separator: "; "))")
            for fault in faults {
                lines.append("  FAULT \(fault.path) \(fault.message)")
            }
            return lines.joined(separator: "\n")
        }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
