import Foundation

/// Monotonic time in milliseconds, for measuring intervals only.
enum BenchClock {
    static func now() -> ContinuousClock.Instant { ContinuousClock.now }

    static func milliseconds(since start: ContinuousClock.Instant) -> Double {
        milliseconds(start.duration(to: .now))
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15
    }

    /// Runs `body` and returns its result and how long it took in milliseconds.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = now()
        let value = try body()
        return (value, milliseconds(since: start))
    }
}
