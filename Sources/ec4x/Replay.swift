import ArgumentParser
import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol

extension EC4X {
    struct Replay: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Re-run a game from its start and recorded submissions; fail at the first turn whose state hash differs.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The game's id, unique id prefix or name.")
        var game: String

        @Flag(help: "Print the result as JSON.")
        var json = false

        func run() throws {
            let report: ReplayGame.Report
            do {
                let session = try OpenGame.session(game, data: global.dataDirectory)
                report = try ReplayGame(session: session).run { turn, total in
                    if !json, turn % 10 == 0 { FileHandle.standardError.write(Data("replaying turn \(turn) of \(total)\n".utf8)) }
                }
            } catch let error as GamesError {
                throw error.asCommandFailure
            }
            if json { try Output.json(report) }
            if report.setupRebuildsStart == false {
                Output.warning("the game's setup and seed no longer build the state it started from (the map generator changed)")
            }
            if let turn = report.firstMismatch {
                if !json { Output.error("turn \(turn) differs: recorded \(report.expectedHash ?? "?"), replayed \(report.replayedHash ?? "?")") }
                throw ExitCode(2)
            }
            if !json { print("Replayed \(report.turnsChecked) turns: every state hash matches") }
        }
    }
}
