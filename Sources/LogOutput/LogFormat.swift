public import Logging

/// The shape of log lines: `text` (the default, for people) or `json` (for programs).
public enum LogFormat: String, CaseIterable, Sendable {
    case text
    case json

    /// A handler writing this format to `sink`, passing records at `level` and above.
    public func handler(level: Logger.Level, sink: LogSink = .standardError) -> any LogHandler {
        switch self {
        case .text: TextLogHandler(level: level, sink: sink)
        case .json: JSONLogHandler(level: level, sink: sink)
        }
    }
}
