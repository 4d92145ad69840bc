import ArgumentParser
import Engine
import Foundation
import Orchestrator

extension EC4X {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a game and print its id, folder and each house's slug and token.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "The game's name.")
        var name: String = "EC4X Game"

        @Option(help: "Number of houses (2-12) for the built-in setup.")
        var players: Int = 4

        @Option(help: "Seed for the map, ids and dice; the same seed gives the same game.")
        var seed: UInt64?

        @Flag(help: "Accept order files without a house token.")
        var open = false

        @Option(help: "Hours each turn may wait for orders before it resolves anyway.")
        var deadline: Int?

        @Flag(help: "Print the result as JSON.")
        var json = false

        func validate() throws {
            guard (GameSetup.minHouses...GameSetup.maxHouses).contains(players) else {
                throw ValidationError("--players must be between 2 and 12")
            }
            if let deadline, deadline < 1 { throw ValidationError("--deadline must be at least 1 hour") }
        }

        func run() throws {
            let setup = GameSetup.standard(players: players, name: name)
            let created: CreatedGame
            do {
                created = try CreateGame(data: global.dataDirectory).run(
                    NewGameRequest(setup: setup, seed: seed, open: open, deadlineHours: deadline)
                )
            } catch let error as OrchestratorError {
                throw error.asCommandFailure
            }
            if json { return try Output.json(created) }
            print("Created game \"\(created.name)\": \(created.houses.count) houses, \(created.systems) systems, \(created.lanes) lanes")
            print("  id:     \(created.id)")
            print("  folder: \(Output.display(created.folder))")
            print("  seed:   \(created.seed)")
            print("Houses (drop order files in houses/<slug>/orders/):")
            for house in created.houses {
                let token = house.token.map { "token \($0)" } ?? "open game, no token"
                print("  \(house.slug.padding(toLength: 10, withPad: " ", startingAt: 0)) \(token)")
            }
        }
    }
}
