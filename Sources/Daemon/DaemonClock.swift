public import Foundation

/// Where the daemon reads the time. Its parts take the time as an argument,
/// so tests drive them with a clock of their own; the daemon reads this one.
public protocol DaemonClock: Sendable {
    var now: Date { get }
}

/// The system's wall clock: deadlines are Unix times.
public struct SystemClock: DaemonClock {
    public init() {}
    public var now: Date { Date() }
}
