import ArgumentParser
import Engine
import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol
import Scenarios

extension EC4X {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a game and print its id, folder and each house's slug and token.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "A scenario: a path to a .kdl file, the name of one in scenarios/, or a built-in one (standard-2-player, standard-4-player, large-12-player).")
        var scenario: String?

        @Option(help: "The game's name (default: the scenario's).")
        var name: String?

        @Option(help: "Number of houses (2-12) for the built-in setup (default 4).")
        var players: Int?

        @Option(
            help:
                "Seed for the map, ids and dice, for tests and bug reports: the same seed gives the same game, so it is not secret. Without it the game's key is random and secret."
        )
        var seed: UInt64?

        @Flag(help: "Accept order files without a house token.")
        var open = false

        @Option(help: "Hours each turn may wait for orders before it resolves anyway.")
        var deadline: Int?

        @Flag(help: "Print the result as JSON.")
        var json = false

        func validate() throws {
            if let players, !(GameSetup.minHouses...GameSetup.maxHouses).contains(players) {
                throw ValidationError("--players must be between 2 and 12")
            }
            if scenario != nil, players != nil {
                throw ValidationError("--players and --scenario cannot be combined: the scenario says how many houses play")
            }
            if let deadline, deadline < 1 { throw ValidationError("--deadline must be at least 1 hour") }
        }

        func run() throws {
            let created: CreatedGame
            do {
                var setup = GameSetup.standard(players: players ?? 4)
                if let scenario {
                    setup = try ScenarioFiles.load(try ScenarioFiles.locate(scenario, data: global.dataDirectory))
                }
                if let name { setup.name = name }
                created = try CreateGame(data: global.dataDirectory, prepare: FolderLayout.prepare).run(
                    NewGameRequest(setup: setup, seed: seed, open: open, deadlineHours: deadline)
                )
            } catch let error as GamesError {
                throw error.asCommandFailure
            } catch let problems as ScenarioProblems {
                for problem in problems.problems { Output.error(problem.description) }
                throw ExitCode.failure
            }
            if json { return try Output.json(created) }
            print("Created game \"\(created.name)\": \(created.houses.count) houses, \(created.systems) systems, \(created.lanes) lanes")
            print("  id:     \(created.id)")
            print("  folder: \(Output.display(created.folder))")
            if let seed = created.seed { print("  seed:   \(seed) (reproducible, not secret)") }
            print("Houses (drop order files in houses/<slug>/orders/):")
            for house in created.houses {
                let token = house.token.map { "token \($0)" } ?? "open game, no token"
                print("  \(house.slug.padding(toLength: 10, withPad: " ", startingAt: 0)) \(token)")
            }
        }
    }
}
