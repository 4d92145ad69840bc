internal import Foundation
internal import Synchronization

/// A count of changes seen in the watched folders, and waiters on it. A
/// waiter reads the count, checks the disk once, and sleeps until the count
/// moves, its deadline passes or its task is cancelled: the disk is read again
/// only after a change, never on a timer.
final class FolderChanges: Sendable {
    private struct State {
        var generation = 0
        var waiters: [UUID: CheckedContinuation<Void, Never>] = [:]
    }

    private let state = Mutex(State())

    /// The number of changes seen so far.
    var current: Int { state.withLock { $0.generation } }

    /// Called (from the watcher's thread) for every change.
    func changed() {
        let woken = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.generation += 1
            defer { state.waiters.removeAll() }
            return Array(state.waiters.values)
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
                let resumeNow = state.withLock { state -> Bool in
                    if state.generation != seen || Task.isCancelled || ContinuousClock.now >= deadline { return true }
                    state.waiters[id] = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            wake(id)
        }
    }

    private func wake(_ id: UUID) {
        state.withLock { $0.waiters.removeValue(forKey: id) }?.resume()
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
