internal import Foundation

/// When a game whose turn failed to resolve may be tried again: a lock held
/// by another process or a full disk needs time, not haste, so each failure
/// in a row waits longer, up to `longestWait` times the first wait.
struct ResolveRetries {
    /// Seconds before the first retry; the n-th failure in a row waits n times as long.
    let baseDelay: TimeInterval
    private var notBefore: [String: Date] = [:]
    private var inARow: [String: Int] = [:]

    /// A fault that lasts (a full disk) is still tried every `baseDelay × longestWait`.
    static let longestWait = 6

    init(baseDelay: TimeInterval) {
        self.baseDelay = baseDelay
    }

    func mayTry(_ game: String, now: Date) -> Bool {
        guard let after = notBefore[game] else { return true }
        return now >= after
    }

    /// Records a failure; returns when the game may be tried again.
    @discardableResult
    mutating func failed(_ game: String, now: Date) -> Date {
        let count = (inARow[game] ?? 0) + 1
        inARow[game] = count
        let after = now.addingTimeInterval(baseDelay * Double(min(count, Self.longestWait)))
        notBefore[game] = after
        return after
    }

    mutating func succeeded(_ game: String) {
        notBefore[game] = nil
        inARow[game] = nil
    }

    /// The earliest moment any game may be tried again, for the timer.
    var nextRetry: Date? { notBefore.values.min() }

    /// When `game` may be tried again, if that is after `now`.
    func nextRetry(of game: String, after now: Date) -> Date? {
        notBefore[game].flatMap { $0 > now ? $0 : nil }
    }
}
