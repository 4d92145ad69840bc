public import Foundation
public import Logging

/// `--log-format text`: one line per record, as the daemon has always written them:
///
///     2026-11-27T20:50:01.123Z game=1a2b3c4d house=alpha turn=3 accepted order.json (1.4 ms)
///     2026-11-27T20:50:02.456Z level=warning game=1a2b3c4d house=beta turn=3 rejected bad.json [order.parse] (0.9 ms)
///
/// Info, the common case, says no level; every other level is named, right
/// after the time, so `grep level=` finds everything out of the ordinary.
public struct TextLogHandler: LogHandler {
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    let sink: LogSink
    let clock: @Sendable () -> Date

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
        var parts = [LogTimestamp.string(record.time)]
        if record.level != .info { parts.append("level=\(record.level.rawValue)") }
        var duration: String?
        for (key, value) in record.orderedMetadata {
            if key == LogField.milliseconds, let milliseconds = LogValue.number(value) {
                duration = String(format: "(%.1f ms)", milliseconds)
                continue
            }
            var text = LogValue.text(value)
            // Eight characters name a game to every command (they take a
            // unique id prefix) and keep lines short; JSON carries the whole id.
            if key == LogField.game { text = String(text.prefix(8)) }
            parts.append("\(Self.key(key))=\(LogEscaping.textValue(text))")
        }
        parts.append(LogEscaping.textMessage(record.message))
        if let duration { parts.append(duration) }
        if let error = record.error { parts.append("error=\(LogEscaping.textValue("\(error)"))") }
        return parts.joined(separator: " ")
    }

    /// Keys come from code, but a key must not be able to break the pair either.
    static func key(_ key: String) -> String {
        let safe = key.unicodeScalars.map { scalar -> String in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "_.-".unicodeScalars.contains(scalar) ? String(scalar) : "_"
        }.joined()
        return safe.isEmpty ? "_" : safe
    }
}
