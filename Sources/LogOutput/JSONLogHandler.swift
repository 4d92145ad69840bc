public import Foundation
public import Logging

/// `--log-format json`: one JSON object per line, for programs:
///
///     {"ts":"2026-11-27T20:50:01.123Z","level":"info","message":"accepted order.json","game":"1a2b3c4d-…","house":"alpha","turn":3,"ms":1.412}
///
/// `ts`, `level` and `message` come first, then the metadata as fields of
/// their own (`game`, `house`, `turn`, `ms`, then any other by name), then
/// `error` when the record carries one. Numbers stay numbers.
public struct JSONLogHandler: LogHandler {
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    let sink: LogSink
    let clock: @Sendable () -> Date

    static let reserved: Set<String> = ["ts", "level", "message", "error"]

    /// - Parameter clock: the time each line is stamped with (tests fix it).
    public init(level: Logger.Level = .info, sink: LogSink = .standardError, clock: @escaping @Sendable () -> Date = { Date() }) {
        logLevel = level
        self.sink = sink
        self.clock = clock
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        sink.emit(Self.line(LogRecord(event: event, handlerMetadata: metadata, provider: metadataProvider, time: clock())))
    }

    static func line(_ record: LogRecord) -> String {
        var fields = [
            ("ts", LogEscaping.jsonString(LogTimestamp.string(record.time))),
            ("level", LogEscaping.jsonString(record.level.rawValue)),
            ("message", LogEscaping.jsonString(record.message)),
        ]
        for (key, value) in record.orderedMetadata {
            // A metadata key named like a fixed field is kept, not allowed to shadow it.
            fields.append((reserved.contains(key) ? "metadata.\(key)" : key, LogValue.json(value)))
        }
        if let error = record.error { fields.append(("error", LogEscaping.jsonString("\(error)"))) }
        return "{" + fields.map { LogEscaping.jsonString($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
