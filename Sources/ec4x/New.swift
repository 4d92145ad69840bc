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

        @Option(help: "Seed for the map, ids and dice; the same seed gives the same game.")
        var seed: UInt64?

        @Flag(help: "Accept order files without a house token.")
        var open = false

        @Option(help: "Hours each turn may wait for orders before it resolves anyway.")
        var deadline: Int?

        @Option(
            name: .customLong("group"),
            help: "HOUSE=GROUP: give the house's folder to this Unix group (repeatable); its members read that house's files and drop its orders, nothing else.")
        var groups: [String] = []

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
                let houseGroups = try HouseGroups(parsing: groups)
                created = try CreateGame(data: global.dataDirectory, prepare: FolderLayout.prepare(groups: houseGroups)).run(
                    NewGameRequest(setup: setup, seed: seed, open: open, deadlineHours: deadline)
                )
            } catch let error as GamesError {
                throw error.asCommandFailure
            } catch let error as SafePathError {
                throw CommandFailure(description: "cannot lay out the game's folders: \(error)")
            } catch let problems as ScenarioProblems {
                for problem in problems.problems { Output.error(problem.description) }
                throw ExitCode.failure
            }
            if json { return try Output.json(created) }
            print("Created game \"\(created.name)\": \(created.houses.count) houses, \(created.systems) systems, \(created.lanes) lanes")
            print("  id:     \(created.id)")
            print("  folder: \(Output.display(created.folder))")
            print("  seed:   \(created.seed)")
            print("Houses (drop order files in houses/<slug>/orders/):")
            for house in created.houses {
                let token = house.token.map { "token \($0)" } ?? "open game, no token"
                let group = (try? HouseGroups(parsing: groups))?.bySlug[house.slug].map { "  group \($0.name)" } ?? ""
                print("  \(house.slug.padding(toLength: 10, withPad: " ", startingAt: 0)) \(token)\(group)")
            }
        }
    }
}
