import ArgumentParser
import Engine
import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol
import Scenarios

extension EC4X {
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import legacy file-based games (systems.txt, lanes.txt, game_info.txt, game_config.toml).",
            discussion:
                "Each folder becomes a new, open game; its migration report lists every repair and warning. Importing the same content twice finds the game made the first time."
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: "Legacy game folders.")
        var folders: [String]

        @Option(help: "A scenario whose starting fleets, colonies and rules the imported houses get.")
        var scenario: String?

        @Flag(help: "Check and report without creating games.")
        var dryRun = false

        @Flag(help: "Print the reports as JSON.")
        var json = false

        func run() throws {
            var base: GameSetup?
            do {
                if let scenario { base = try ScenarioFiles.load(try ScenarioFiles.locate(scenario, data: global.dataDirectory)) }
            } catch let error as GamesError {
                throw error.asCommandFailure
            } catch let problems as ScenarioProblems {
                for problem in problems.problems { Output.error(problem.description) }
                throw ExitCode.failure
            }
            let importer = ImportLegacyGame(data: global.dataDirectory, prepare: FolderLayout.prepare)
            var outcomes: [LegacyImportOutcome] = []
            var failed = false
            for folder in folders {
                do {
                    let outcome = try importer.run(folder: URL(fileURLWithPath: folder), base: base, dryRun: dryRun)
                    outcomes.append(outcome)
                    if !json { print(Self.describe(outcome, folder: folder)) }
                } catch let failure as LegacyImportFailure {
                    failed = true
                    Output.error("\(folder): cannot be imported")
                    for line in failure.errors { Output.error("  \(folder)/\(line)") }
                }
            }
            if json { try Output.json(outcomes) }
            if failed { throw ExitCode.failure }
        }

        static func describe(_ outcome: LegacyImportOutcome, folder: String) -> String {
            let report = outcome.report
            let counts =
                "\(report.systems) systems, \(report.lanes) lanes (from \(report.listedLaneLines) lines), \(report.houses.count) houses; \(report.repairs.count) repairs, \(report.warnings.count) warnings"
            switch outcome.status {
            case .imported:
                return
                    "\(folder): imported as \"\(report.gameName)\" [\(report.gameID)]: \(counts)\n  report: \(Output.display(outcome.folder ?? ""))/\(ImportLegacyGame.reportFileName)"
            case .alreadyImported:
                return "\(folder): already imported as [\(report.gameID)]; nothing done"
            case .checked:
                return "\(folder): would import as \"\(report.gameName)\" [\(report.gameID)]: \(counts)"
            }
        }
    }
}
