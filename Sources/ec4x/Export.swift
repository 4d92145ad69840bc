import ArgumentParser
import Foundation
import Orchestrator

extension EC4X {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a game's map in the legacy text format.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The game's id, unique id prefix or name.")
        var game: String

        @Option(help: "Write game_data/systems.txt, game_data/lanes.txt and game_config.toml into this folder.")
        var legacy: String

        func run() throws {
            do {
                let summary = try GameCatalog.scan(global.dataDirectory).find(game)
                try ExportLegacyMap.run(game: summary, destination: URL(fileURLWithPath: legacy))
                print("Wrote the map of \"\(summary.name)\" to \(legacy)")
            } catch let error as OrchestratorError {
                throw error.asCommandFailure
            }
        }
    }
}
