public import Engine
internal import Foundation
internal import Storage

/// One open game: its database, its folder and what ingestion and resolution
/// need at hand (the current state and a validator for it). Reloaded after
/// every turn. Not thread-safe: the daemon uses a session from one queue.
public final class GameSession {
    public let folder: GameFolder
    let store: GameStore
    public private(set) var state: GameState
    private(set) var validator: OrderValidator
    private(set) var houses: [HouseRecord]
    private(set) var game: GameRecord
    private(set) var setup: GameSetup?

    public init(folder: GameFolder) throws {
        self.folder = folder
        store = GameStore(database: try GameDatabase.open(folder: folder.url))
        state = try store.loadState()
        validator = OrderValidator(state: state)
        houses = try store.houseRecords()
        game = try store.gameRecord()
        setup = try? JSONDecoder().decode(GameSetup.self, from: Data(game.gameSetupJson.utf8))
    }

    /// Takes the state a turn just wrote instead of reading it back: the writer
    /// round-trips it exactly, and reading a large map costs more than the turn.
    func adopt(_ newState: GameState, hash: String? = nil) throws {
        state = newState
        cachedStateHash = hash
        validator = OrderValidator(state: newState)
        houses = try store.houseRecords()
        game = try store.gameRecord()
    }

    /// Re-reads everything from the database (after another process's change).
    public func reload() throws {
        state = try store.loadState()
        validator = OrderValidator(state: state)
        houses = try store.houseRecords()
        game = try store.gameRecord()
    }

    /// Reloads when another process (ec4x resolve, a second daemon) changed the database.
    func reloadIfChangedElsewhere() throws {
        let version = try store.dataVersion()
        if version != seenDataVersion {
            try reload()
            seenDataVersion = version
        }
    }

    private var seenDataVersion: Int?
    private var cachedStateHash: String?

    /// The state's hash, computed once per state: a large map takes tens of
    /// milliseconds, and the daemon asks after every file it takes.
    public var stateHash: String {
        if let cachedStateHash { return cachedStateHash }
        let hash = StateHash.of(state)
        cachedStateHash = hash
        return hash
    }

    /// Seconds between polls this game asks for (transport_config.poll_interval).
    var pollInterval: TimeInterval? {
        guard let text = game.transportConfig,
              let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              let seconds = object["poll_interval"] as? Double, seconds > 0 else { return nil }
        return seconds
    }

    public var id: String { state.game.id }
    public var turn: Int { state.game.turn }
    public var deadline: Int64? { game.turnDeadline }
    /// Failed attempts in a row to resolve the current turn, and the last error.
    public var failures: Int { game.resolveFailures }
    public var lastError: String? { game.lastError }
    public var isOpen: Bool { houses.allSatisfy { $0.tokenHash == nil } }
    public var slugs: [String] { houses.compactMap(\.slug).sorted() }

    func house(slug: String) -> HouseRecord? { houses.first { $0.slug == slug } }

    func readiness() throws -> TurnReadiness { try store.turnReadiness(turn: turn) }

    /// Slugs of the houses the turn still waits for.
    public func awaitedSlugs() throws -> [String] { try readiness().awaited }

    /// Lets the daemon try a turn that failed before.
    public func clearFailures() throws {
        try store.clearResolveFailures()
        try reload()
    }

    /// Writes the views after a turn (the CLI's `resolve` does what the daemon would).
    public func publishViews(events: [TurnEvent], resolvedTurn: Int) throws {
        try ViewPublisher(session: self).publish(events: events, resolvedTurn: resolvedTurn)
    }

    /// Rewrites the current views (`ec4x export`): every house's, or one; returns the slugs written.
    public func rewriteViews(only slug: String? = nil) throws -> [String] {
        if let slug, house(slug: slug) == nil {
            throw OrchestratorError(code: "export.unknown_house", message: "no house \"\(slug)\" in this game; houses: \(slugs.joined(separator: ", "))")
        }
        try ViewPublisher(session: self).publishCurrent(only: slug)
        return slug.map { [$0] } ?? slugs
    }
}
