internal import Foundation

/// When a game whose turn failed to resolve may be tried again: a lock held
/// by another process or a full disk needs time, not haste, so each failure
/// in a row waits longer.
struct ResolveRetries {
    /// Seconds before the first retry; the n-th failure in a row waits n times as long.
    let baseDelay: TimeInterval
    private var notBefore: [String: Date] = [:]

    init(baseDelay: TimeInterval) {
        self.baseDelay = baseDelay
    }

    func mayTry(_ game: String, now: Date) -> Bool {
        guard let after = notBefore[game] else { return true }
        return now >= after
    }

    /// Records the `failures`-th failure in a row (1 for the first).
    mutating func failed(_ game: String, failures: Int, now: Date) {
        notBefore[game] = now.addingTimeInterval(baseDelay * Double(max(1, failures)))
    }

    mutating func succeeded(_ game: String) {
        notBefore[game] = nil
    }

    /// The earliest moment any game may be tried again, for the timer.
    var nextRetry: Date? { notBefore.values.min() }

    /// When `game` may be tried again, if that is after `now`.
    func nextRetry(of game: String, after now: Date) -> Date? {
        notBefore[game].flatMap { $0 > now ? $0 : nil }
    }
}
