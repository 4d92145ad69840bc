public import Engine
public import Foundation

/// What `ec4x new` asks for.
public struct NewGameRequest: Sendable {
    public var setup: GameSetup
    /// nil: the game gets a secret key from the system's random source.
    /// Given (or in the scenario): the key derives from it, so the same
    /// scenario and seed give the same game (reproducible, not secret).
    public var seed: UInt64?
    /// Open games accept order files without a token.
    public var open: Bool
    public var deadlineHours: Int?

    public init(setup: GameSetup, seed: UInt64? = nil, open: Bool = false, deadlineHours: Int? = nil) {
        self.setup = setup
        self.seed = seed
        self.open = open
        self.deadlineHours = deadlineHours
    }
}

/// What `ec4x new` reports.
public struct CreatedGame: Sendable, Codable, Equatable {
    public struct HouseAccess: Sendable, Codable, Equatable {
        public var name: String
        public var slug: String
        public var id: String
        /// nil in open games.
        public var token: String?
    }

    public var id: String
    public var name: String
    public var folder: String
    /// The `--seed` the game was made from; nil when its key is secret.
    public var seed: UInt64?
    public var systems: Int
    public var lanes: Int
    public var houses: [HouseAccess]
}

/// Creates a game from a setup (built-in or scenario).
public struct CreateGame: Sendable {
    public var data: DataDirectory
    public var now: @Sendable () -> Date
    public var prepare: GamePreparation

    public init(data: DataDirectory, now: @escaping @Sendable () -> Date = Date.init, prepare: @escaping GamePreparation) {
        self.data = data
        self.now = now
        self.prepare = prepare
    }

    public func run(_ request: NewGameRequest) throws -> CreatedGame {
        let seed = request.seed ?? request.setup.seed
        let dice = seed.map { GameDice(seed: $0, key: GameKey(seed: $0)) } ?? GameDice(seed: 0, key: GameSecrets.newKey())
        let state: GameState
        do {
            state = try InitialStateBuilder.build(setup: request.setup, dice: dice)
        } catch {
            throw GamesError(.setupInvalid, error.message)
        }
        guard !FileManager.default.fileExists(atPath: data.gameFolder(id: state.game.id).url.path) else {
            throw GamesError(
                .seedUsed,
                "game \(state.game.id) already exists in \(data.gamesFolder.path): seed \(seed.map(String.init) ?? "-") with this setup was used before; choose another --seed"
            )
        }
        // The recorded setup carries the turn length, so every later deadline follows from it.
        var setup = request.setup
        setup.deadlineHours = request.deadlineHours ?? setup.deadlineHours
        return try GameInstaller(data: data, now: now, prepareTransport: prepare).install(
            state, setup: setup, seed: seed, open: request.open, deadlineHours: setup.deadlineHours
        )
    }
}
