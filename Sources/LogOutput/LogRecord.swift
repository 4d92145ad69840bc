internal import Foundation
internal import Logging

/// One event as both line formats see it.
struct LogRecord {
    var time: Date
    var level: Logger.Level
    var message: String
    var metadata: Logger.Metadata
    var error: (any Error)?

    /// Merges the handler's metadata, then the provider's, then the call's: the
    /// nearer the call, the more it says about this one event.
    init(event: LogEvent, handlerMetadata: Logger.Metadata, provider: Logger.MetadataProvider?, time: Date) {
        var merged = handlerMetadata
        if let provider { merged.merge(provider.get()) { _, new in new } }
        if let own = event.metadata { merged.merge(own) { _, new in new } }
        self.time = time
        level = event.level
        message = event.message.description
        metadata = merged
        error = event.error
    }

    /// The metadata in the order lines show it (see `LogField.leading`).
    var orderedMetadata: [(key: String, value: Logger.MetadataValue)] {
        let leading = LogField.leading.compactMap { key in metadata[key].map { (key: key, value: $0) } }
        let rest = metadata.filter { !LogField.leading.contains($0.key) }.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
        return leading + rest
    }
}
