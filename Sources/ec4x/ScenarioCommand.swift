import ArgumentParser
import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol
import Scenarios

extension EC4X {
    struct ScenarioCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "scenario",
            abstract: "Work with scenario files (scenarios/*.kdl).",
            subcommands: [Check.self]
        )

        struct Check: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Report every problem of a scenario as file:line:column.")

            @Argument(help: "The scenario file, or the name of one in scenarios/ or of a built-in scenario.")
            var file: String

            @OptionGroup var global: GlobalOptions

            func run() throws {
                do {
                    let source = try ScenarioFiles.locate(file, data: global.dataDirectory)
                    let setup = try ScenarioFiles.load(source)
                    print("\(source.shown): ok — \(setup.houses.count) houses, \(setup.rings) rings (\(3 * setup.rings * setup.rings + 3 * setup.rings + 1) systems)")
                } catch let problems as ScenarioProblems {
                    for problem in problems.problems { Output.error(problem.description) }
                    throw ExitCode.failure
                } catch let error as GamesError {
                    throw error.asCommandFailure
                }
            }
        }
    }
}
