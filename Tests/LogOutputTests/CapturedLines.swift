import Foundation
import LogOutput
import Logging
import Synchronization

/// Lines a handler wrote, kept in memory, and loggers that write there.
final class CapturedLines: Sendable {
    private let lines = Mutex<[String]>([])

    var all: [String] { lines.withLock { $0 } }

    var sink: LogSink { LogSink { line in self.lines.withLock { $0.append(line) } } }

    /// 2026-11-27T20:50:01.125Z (an exact binary fraction), so tests can spell out whole lines.
    static let time = Date(timeIntervalSince1970: 1_795_812_601.125)

    func textLogger(level: Logger.Level = .trace) -> Logger {
        let sink = sink
        return Logger(label: "test") { _ in TextLogHandler(level: level, sink: sink, clock: { CapturedLines.time }) }
    }

    func jsonLogger(level: Logger.Level = .trace) -> Logger {
        let sink = sink
        return Logger(label: "test") { _ in JSONLogHandler(level: level, sink: sink, clock: { CapturedLines.time }) }
    }

    /// Each line read as a JSON object (nil for a line that is not one).
    var objects: [[String: Any]?] {
        all.map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }
}

let gameID = "1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d"

/// A daemon record's metadata, as DaemonLog passes it.
func daemonFields(game: String = gameID, house: String? = "alpha", turn: Int? = 3, milliseconds: Double? = 1.4) -> Logger.Metadata {
    var metadata: Logger.Metadata = [LogField.game: .string(game)]
    if let house { metadata[LogField.house] = .string(house) }
    if let turn { metadata[LogField.turn] = .stringConvertible(turn) }
    if let milliseconds { metadata[LogField.milliseconds] = .stringConvertible(milliseconds) }
    return metadata
}
