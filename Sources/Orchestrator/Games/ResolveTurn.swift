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

    /// Resolves the turn; houses without an accepted file keep their standing orders.
    public func run() throws -> TurnResult {
        let previous = session.state
        do {
            let submissions = try ordersInForce()
            let result = try TurnResolver.resolve(state: previous, submissions: submissions)
            let hours = session.setup?.deadlineHours
            let nextDeadline = result.state.game.phase == .active ? hours.map { Int64(now.timeIntervalSince1970) + Int64($0) * 3600 } : nil
            try session.store.recordTurn(result, previous: previous, nextDeadline: nextDeadline, now: Int64(now.timeIntervalSince1970))
            try session.adopt(result.state, hash: result.stateHash)
            return result
        } catch let error as StorageError where error.code == .inconsistentState && error.message.contains("already resolved") {
            // Another process resolved it first: nothing failed, the session is just behind.
            try session.reload()
            throw error
        } catch {
            _ = try? session.store.recordResolveFailure("\(error)")
            try? session.reload()
            throw error
        }
    }

    /// Each house's latest accepted file for the turn, decoded again from its stored bytes.
    func ordersInForce() throws -> [String: Orders] {
        var result: [String: Orders] = [:]
        for (houseID, record) in try session.store.acceptedSubmissions(turn: session.turn) {
            let format = OrderFile.Format(rawValue: record.format) ?? .unknown
            if case .decoded(let file) = IngestOrderFile.decode([UInt8](record.raw), format: format) {
                result[houseID] = file.orders
            }
        }
        return result
    }
}
