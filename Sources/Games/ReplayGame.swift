internal import Engine
public import Foundation
internal import Storage
internal import PlayerProtocol

/// `ec4x replay`: re-runs a game from the state it started from and the
/// submissions recorded for each turn, comparing every turn's state hash
/// with the one stored when the turn was first resolved.
public struct ReplayGame {
    public struct Report: Sendable, Codable, Equatable {
        public var turnsChecked: Int
        /// The first turn whose hash differs; nil when all match.
        public var firstMismatch: Int?
        public var expectedHash: String?
        public var replayedHash: String?
        /// For generated games: whether the setup and the game's key (or seed) still build the recorded start.
        public var setupRebuildsStart: Bool?
    }

    let session: GameSession

    public init(session: GameSession) {
        self.session = session
    }

    public func run(progress: (Int, Int) -> Void = { _, _ in }) throws -> Report {
        let store = session.store
        var state = try store.initialState()
        var rebuilds: Bool?
        if let setup = session.game.setup, !setup.source.hasPrefix("legacy:") {
            rebuilds = (try? InitialStateBuilder.build(setup: setup, dice: state.game.dice)).map { StateHash.of($0) == StateHash.of(state) }
        }
        let hashes = try store.turnHashes()
        let submissions = try store.acceptedSubmissionsByTurn()
        var checked = 0
        for turn in hashes.keys.sorted() {
            progress(turn, hashes.count)
            let (orders, rejected) = Self.judge(submissions[turn] ?? [:], state: state)
            let result = try TurnResolver.resolve(state: state, orders: orders, rejected: rejected)
            checked += 1
            if result.stateHash != hashes[turn] {
                return Report(turnsChecked: checked, firstMismatch: turn, expectedHash: hashes[turn], replayedHash: result.stateHash, setupRebuildsStart: rebuilds)
            }
            state = result.state
        }
        return Report(turnsChecked: checked, firstMismatch: nil, expectedHash: nil, replayedHash: nil, setupRebuildsStart: rebuilds)
    }

    /// Each recorded file judged again against the state of its turn, as
    /// ingestion judged it when it arrived.
    static func judge(_ submissions: [String: StoredSubmission], state: GameState) -> ([String: ResolvedOrders], [String: [OrderError]]) {
        let validator = OrderValidator(state: state)
        var orders: [String: ResolvedOrders] = [:]
        var rejected: [String: [OrderError]] = [:]
        for (houseID, stored) in submissions {
            switch SubmissionJudge.decode(stored.raw, format: stored.format) {
            case .decoded(let file):
                let validation = validator.validate(file.orders, house: houseID)
                if let resolved = validation.resolved { orders[houseID] = resolved } else { rejected[houseID] = validation.errors }
            case .invalid:
                rejected[houseID] = [OrderError(code: .submissionUnreadable, path: "$", message: "the recorded file \(stored.fileName) no longer reads")]
            }
        }
        return (orders, rejected)
    }
}
