public import Engine
public import Foundation
internal import Storage

/// Resolves a game's current turn from the orders in force, writes it in one
/// transaction, and reloads the session.
public struct ResolveTurn {
    /// After this many failed attempts in a row the daemon stops retrying and reports the game.
    public static let maxFailures = 3

    public enum Reason: String, Sendable {
        case allSubmitted = "all houses submitted"
        case deadline = "deadline passed"
        case forced = "forced"
    }

    let session: GameSession
    let now: Date

    public init(session: GameSession, now: Date = Date()) {
        self.session = session
        self.now = now
    }

    /// Why the turn should resolve now, or nil when it should wait.
    public func dueReason() throws -> Reason? {
        guard session.state.game.phase == .active, session.failures < Self.maxFailures else { return nil }
        if try session.readiness().isComplete { return .allSubmitted }
        if let deadline = session.deadline, Int64(now.timeIntervalSince1970) >= deadline { return .deadline }
        return nil
    }

    /// What a resolution did, beyond the turn itself.
    public struct Outcome {
        public var result: TurnResult
        /// Houses whose stored orders could not be read, with why: each got an
        /// event and its fleets followed their standing orders.
        public var unreadableOrders: [String: String]
    }

    /// Whether a failure of `run` is the machine's (the database locked by
    /// another process, the disk full, a file that cannot be written): it
    /// passes once the host fixes the cause, so it does not count toward
    /// `maxFailures`.
    public static func failedForTheMachine(_ error: any Error) -> Bool {
        StorageFault.isTransient(error)
    }

    /// Resolves the turn from the orders in force the database keeps; houses
    /// without an accepted file keep their standing orders.
    public func run() throws -> Outcome {
        let previous = session.state
        do {
            let inForce = try session.store.ordersInForce(turn: session.turn)
            let result = try TurnResolver.resolve(state: previous, orders: inForce.orders, rejected: inForce.rejections)
            let hours = session.game.setup?.deadlineHours
            let nextDeadline = result.state.game.phase == .active ? hours.map { Int64(now.timeIntervalSince1970) + Int64($0) * 3600 } : nil
            try session.store.recordTurn(result, previous: previous, nextDeadline: nextDeadline, now: Int64(now.timeIntervalSince1970))
            try session.adopt(result.state, hash: result.stateHash)
            if result.state.game.phase != .active, StorageLevers.inEffect.contains(.compactAtEnd) {
                // The game is over: nothing will be written again, so its file is packed once
                // (ec4x compact). A failure here costs only space; the turn is recorded.
                _ = try? session.store.database.compact()
            }
            return Outcome(result: result, unreadableOrders: inForce.unreadable)
        } catch let error as StorageError where error.code == .turnAlreadyResolved {
            // Another process resolved it first: nothing failed, the session is just behind.
            try session.reload()
            throw error
        } catch {
            // A fault of the machine (a lock, a full disk) is retried until it passes,
            // without counting toward the attempts that end in giving up.
            if !Self.failedForTheMachine(error) { _ = try? session.store.recordResolveFailure("\(error)") }
            try? session.reload()
            throw error
        }
    }
}
