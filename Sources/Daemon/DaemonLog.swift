public import Logging
internal import LogOutput

/// What the daemon did, one swift-log record per event, with the game, house,
/// turn and duration as metadata (the handler decides how a line looks).
///
/// The `Logger` is passed in rather than taken from `LoggingSystem`: the global
/// bootstrap can happen once per process, so tests that run side by side could
/// not each capture their own records through it. The command line builds the
/// logger from `--log-level` and `--log-format`; `DaemonLog()` writes the text
/// lines of `TextLogHandler` on standard error at info, as the daemon always did.
public struct DaemonLog: Sendable {
    public let logger: Logger

    public init(logger: Logger) {
        self.logger = logger
    }

    public init() {
        self.init(logger: Logger(label: "ec4x.daemon") { _ in TextLogHandler() })
    }

    public func trace(_ message: String, game: String? = nil, house: String? = nil, turn: Int? = nil, milliseconds: Double? = nil) {
        log(.trace, message, game: game, house: house, turn: turn, milliseconds: milliseconds)
    }

    public func debug(_ message: String, game: String? = nil, house: String? = nil, turn: Int? = nil, milliseconds: Double? = nil) {
        log(.debug, message, game: game, house: house, turn: turn, milliseconds: milliseconds)
    }

    public func info(_ message: String, game: String? = nil, house: String? = nil, turn: Int? = nil, milliseconds: Double? = nil) {
        log(.info, message, game: game, house: house, turn: turn, milliseconds: milliseconds)
    }

    public func warning(_ message: String, game: String? = nil, house: String? = nil, turn: Int? = nil, milliseconds: Double? = nil) {
        log(.warning, message, game: game, house: house, turn: turn, milliseconds: milliseconds)
    }

    public func error(_ message: String, game: String? = nil, house: String? = nil, turn: Int? = nil, milliseconds: Double? = nil) {
        log(.error, message, game: game, house: house, turn: turn, milliseconds: milliseconds)
    }

    public func log(_ level: Logger.Level, _ message: String, game: String? = nil, house: String? = nil, turn: Int? = nil, milliseconds: Double? = nil) {
        // Checked first so a filtered-out record costs no metadata.
        guard logger.logLevel <= level else { return }
        var metadata: Logger.Metadata = [:]
        if let game { metadata[LogField.game] = .string(game) }
        if let house { metadata[LogField.house] = .string(house) }
        if let turn { metadata[LogField.turn] = .stringConvertible(turn) }
        if let milliseconds { metadata[LogField.milliseconds] = .stringConvertible(milliseconds) }
        logger.log(level: level, "\(message)", metadata: metadata)
    }
}
