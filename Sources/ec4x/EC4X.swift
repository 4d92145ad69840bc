import ArgumentParser

/// The `ec4x` command: a thin shell over the Orchestrator's use cases.
@main
struct EC4X: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ec4x",
        abstract: "EC4X orchestrator: file-watching, turn-based 4X games on this machine.",
        subcommands: [New.self, Status.self, Migrate.self, Export.self, ScenarioCommand.self]
    )
}
