internal import Foundation

/// When a file that could not be taken (a locked or unwritable database, a
/// full disk) is tried again: soon at first, then less often, but never
/// later than `longest` (the poll interval), so a cause that clears is
/// noticed within one poll.
struct FileRetries {
    /// Seconds before the first retry; each failure in a row doubles it.
    let shortest: TimeInterval
    /// The longest wait between two tries.
    let longest: TimeInterval
    private var failures: [String: (count: Int, notBefore: Date)] = [:]

    init(shortest: TimeInterval, longest: TimeInterval) {
        self.shortest = shortest
        self.longest = max(shortest, longest)
    }

    /// Whether the file at `path` may be tried at `now`.
    func mayTry(_ path: String, now: Date) -> Bool {
        guard let failure = failures[path] else { return true }
        return now >= failure.notBefore
    }

    /// Failures in a row of the file at `path`.
    func failureCount(_ path: String) -> Int { failures[path]?.count ?? 0 }

    /// Records one more failure; returns when the file may be tried again.
    @discardableResult
    mutating func failed(_ path: String, now: Date) -> Date {
        let count = (failures[path]?.count ?? 0) + 1
        let delay = min(longest, shortest * pow(2, Double(min(count - 1, 30))))
        let notBefore = now.addingTimeInterval(delay)
        failures[path] = (count, notBefore)
        return notBefore
    }

    mutating func succeeded(_ path: String) {
        failures[path] = nil
    }

    /// Forgets files under `folder` that are no longer there.
    mutating func keepOnly(_ present: Set<String>, inFolder folder: String) {
        let prefix = folder + "/"
        failures = failures.filter { !$0.key.hasPrefix(prefix) || present.contains($0.key) }
    }

    /// The earliest retry after `now` of a file under `prefix`, for the timer.
    func nextRetry(under prefix: String, after now: Date) -> Date? {
        failures.filter { $0.key.hasPrefix(prefix) && $0.value.notBefore > now }.map(\.value.notBefore).min()
    }
}
