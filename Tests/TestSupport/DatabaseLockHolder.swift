public import Foundation
import Synchronization
import GRDB

/// Another process's exclusive lock on a database, as a host's backup tool
/// or a second program would hold it: taken on a thread of its own, held for
/// a while, then let go.
public final class DatabaseLockHolder: Sendable {
    private let released = DispatchSemaphore(value: 0)

    struct NotLocked: Error {}

    /// Returns once the lock is held; it goes after `seconds`.
    public init(path: String, holding seconds: TimeInterval) throws {
        let queue = try DatabaseQueue(path: path)
        let taken = DispatchSemaphore(value: 0)
        let outcome = Mutex<Bool?>(nil)
        let released = released
        Thread {
            try? queue.writeWithoutTransaction { db in
                do {
                    try db.execute(sql: "BEGIN EXCLUSIVE")
                } catch {
                    outcome.withLock { $0 = false }
                    taken.signal()
                    throw error
                }
                outcome.withLock { $0 = true }
                taken.signal()
                Thread.sleep(forTimeInterval: seconds)
                try db.execute(sql: "COMMIT")
            }
            released.signal()
        }.start()
        taken.wait()
        guard outcome.withLock({ $0 }) == true else { throw NotLocked() }
    }

    /// Waits until the lock is let go.
    public func waitUntilReleased() {
        released.wait()
    }
}
