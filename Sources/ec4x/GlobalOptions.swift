import ArgumentParser
import Games
import FolderTransport
import Daemon
import PlayerProtocol

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The data folder that holds games/.")
    var data: String = "./data"

    var dataDirectory: DataDirectory { DataDirectory(path: data) }
}
