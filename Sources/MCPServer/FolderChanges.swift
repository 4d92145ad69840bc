internal import Foundation

/// A count of changes seen in the watched folders, and waiters on it. A
/// waiter reads the count, checks the disk once, and sleeps until the count
/// moves, its deadline passes or its task is cancelled: the disk is read again
/// only after a change, never on a timer.
final class FolderChanges: @unchecked Sendable {
    private let lock = NSLock()
    private var generation = 0
    private var waiters: [UUID: CheckedContinuation<Void, Never>] = [:]

    /// The number of changes seen so far.
    var current: Int { lock.withLock { generation } }

    /// Called (from the watcher's thread) for every change.
    func changed() {
        let woken = lock.withLock { () -> [CheckedContinuation<Void, Never>] in
            generation += 1
            defer { waiters.removeAll() }
            return Array(waiters.values)
        }
        for continuation in woken { continuation.resume() }
    }

    /// Returns once a change after `seen` happened, `deadline` passed, or the task was cancelled.
    func wait(after seen: Int, until deadline: ContinuousClock.Instant) async {
        let id = UUID()
        let timer = Task {
            try? await Task.sleep(until: deadline, clock: .continuous)
            self.wake(id)
        }
        defer { timer.cancel() }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = lock.withLock { () -> Bool in
                    if generation != seen || Task.isCancelled || ContinuousClock.now >= deadline { return true }
                    waiters[id] = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            wake(id)
        }
    }

    private func wake(_ id: UUID) {
        lock.withLock { waiters.removeValue(forKey: id) }?.resume()
    }
}

extension FolderChanges {
    /// Checks `condition` now and after every change until it gives an answer,
    /// the deadline passes (nil) or the task is cancelled (nil).
    func first<T>(until deadline: ContinuousClock.Instant, _ condition: @Sendable () throws -> T?) async rethrows -> T? {
        while true {
            let seen = current
            if let answer = try condition() { return answer }
            if Task.isCancelled || ContinuousClock.now >= deadline { return nil }
            await wait(after: seen, until: deadline)
        }
    }
}
