public import Engine
internal import Foundation
public import PlayerProtocol
public import Storage

/// One open game: its database, its folder and what ingestion and resolution
/// need at hand (the current state and a validator for it). Reloaded after
/// every turn. Not thread-safe: one owner uses a session at a time.
public final class GameSession {
    public let folder: GameFolder
    public let store: GameStore
    public private(set) var state: GameState
    public private(set) var validator: OrderValidator
    public private(set) var houses: [StoredHouse]
    public private(set) var game: StoredGame

    public init(folder: GameFolder) throws {
        self.folder = folder
        store = GameStore(database: try GameDatabase.open(folder: folder.url))
        state = try store.loadState()
        validator = OrderValidator(state: state)
        houses = try store.houses()
        game = try store.game()
    }

    /// Takes the state a turn just wrote instead of reading it back: the writer
    /// round-trips it exactly, and reading a large map costs more than the turn.
    func adopt(_ newState: GameState, hash: String? = nil) throws {
        state = newState
        cachedStateHash = hash
        validator = OrderValidator(state: newState)
        houses = try store.houses()
        game = try store.game()
    }

    /// Re-reads everything from the database (after another process's change).
    public func reload() throws {
        state = try store.loadState()
        cachedStateHash = nil
        validator = OrderValidator(state: state)
        houses = try store.houses()
        game = try store.game()
    }

    /// Reloads when another process (ec4x resolve, a second daemon) changed the database.
    public func reloadIfChangedElsewhere() throws {
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

    public var id: String { state.game.id }
    public var turn: Int { state.game.turn }
    public var deadline: Int64? { game.deadline }
    /// Seconds between polls this game asks for.
    public var pollInterval: Double? { game.pollInterval }
    /// Failed attempts in a row to resolve the current turn, and the last error.
    public var failures: Int { game.resolveFailures }
    public var lastError: String? { game.lastError }
    public var isOpen: Bool { houses.allSatisfy { $0.tokenHash == nil } }
    public var slugs: [String] { houses.map(\.slug).sorted() }

    public func house(slug: String) -> StoredHouse? { houses.first { $0.slug == slug } }

    /// The house called `slug`, or an error listing the game's houses.
    public func requireHouse(_ slug: String) throws(GamesError) -> StoredHouse {
        guard let house = house(slug: slug) else {
            throw GamesError(.unknownHouse, "no house \"\(slug)\" in this game; houses: \(slugs.joined(separator: ", "))")
        }
        return house
    }

    public func readiness() throws -> TurnReadiness { try store.turnReadiness(turn: turn) }

    /// Slugs of the houses the turn still waits for.
    public func awaitedSlugs() throws -> [String] { try readiness().awaited }

    /// The judge of submissions against the game as it stands now.
    public var judge: SubmissionJudge { SubmissionJudge(gameID: id, turn: turn, validator: validator) }

    /// Lets the daemon try a turn that failed before.
    public func clearFailures() throws {
        try store.clearResolveFailures()
        try reload()
    }
}
