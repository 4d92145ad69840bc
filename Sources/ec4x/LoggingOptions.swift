import ArgumentParser
import LogOutput
import Logging

/// `--log-level` and `--log-format`, for commands that log as they work.
struct LoggingOptions: ParsableArguments {
    /// The levels offered on the command line; swift-log's `notice` and
    /// `critical` are left out, as nothing here logs at them.
    enum Level: String, CaseIterable, ExpressibleByArgument {
        case trace, debug, info, warning, error

        var level: Logger.Level { Logger.Level(rawValue: rawValue)! }
    }

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, json

        var format: LogFormat { LogFormat(rawValue: rawValue)! }
    }

    @Option(name: .customLong("log-level"), help: "Log records at this level and above.")
    var level: Level = .info

    @Option(name: .customLong("log-format"), help: "text: one readable line per record; json: one JSON object per line (ts, level, message, game, house, turn, ms).")
    var format: Format = .text

    /// A logger writing the chosen format to standard error, at the chosen level.
    func makeLogger(label: String) -> Logger {
        let (format, level) = (format.format, level.level)
        return Logger(label: label) { _ in format.handler(level: level) }
    }

    /// Makes every `Logger(label:)` of the process log the same way. swift-log
    /// allows this once per process: call it once, from a command's `run()`.
    func bootstrap() {
        let (format, level) = (format.format, level.level)
        LoggingSystem.bootstrap { _ in format.handler(level: level) }
    }
}
