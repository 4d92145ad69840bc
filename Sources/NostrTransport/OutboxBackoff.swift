public import Foundation

/// When an event may be offered to a relay again after it failed there: 1 s, doubling, at most 5 min.
/// Pure; the time is an argument.
public struct OutboxBackoff: Sendable {
    var waits: [Key: (until: Date, delay: TimeInterval)] = [:]

    struct Key: Hashable {
        var entry: Int64
        var relay: String
    }

    public init() {}

    public func mayTry(_ entry: Int64, relay: String, now: Date) -> Bool {
        guard let wait = waits[Key(entry: entry, relay: relay)] else { return true }
        return now >= wait.until
    }

    public mutating func failed(_ entry: Int64, relay: String, now: Date) {
        let key = Key(entry: entry, relay: relay)
        let delay = min((waits[key]?.delay ?? 0.5) * 2, Self.maxDelay)
        waits[key] = (now.addingTimeInterval(delay), delay)
    }

    public mutating func succeeded(_ entry: Int64, relay: String) {
        waits[Key(entry: entry, relay: relay)] = nil
    }

    /// A relay that came back gets everything again at once.
    public mutating func reset(relay: String) {
        waits = waits.filter { $0.key.relay != relay }
    }

    static let maxDelay: TimeInterval = 300
}
