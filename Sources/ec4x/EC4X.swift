import ArgumentParser

/// The `ec4x` command: a thin shell over the use cases (Games) and their transports.
@main
struct EC4X: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ec4x",
        abstract: "EC4X orchestrator: file-watching, turn-based 4X games on this machine.",
        subcommands: [
            New.self, DaemonCommand.self, Status.self, Validate.self, Submit.self, Bot.self, Resolve.self,
            Export.self, Replay.self, Migrate.self, Backup.self, Compact.self, ScenarioCommand.self, Schema.self, Bench.self, MCPCommand.self,
            Share.self, Keygen.self, PlayerCommand.self,
        ]
    )
}
