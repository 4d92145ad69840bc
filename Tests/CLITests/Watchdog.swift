import Dispatch
import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Kills a child process that is still running after a while, so a test
/// waiting on it fails instead of hanging. A guard, not a speed limit: give
/// it far more time than the child ever needs.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var outcome: Bool?  // nil: pending; true: cancelled; false: fired

    init(killing process: Process, after seconds: TimeInterval) {
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            let fire = lock.withLock { () -> Bool in
                guard outcome == nil else { return false }
                outcome = false
                return true
            }
            if fire { kill(pid, SIGKILL) }
        }
    }

    /// Stops the watchdog; false when it had already killed the child.
    func cancel() -> Bool {
        lock.withLock {
            if outcome == nil { outcome = true }
            return outcome == true
        }
    }
}
