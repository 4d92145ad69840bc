public import Engine
public import Foundation
internal import Storage

/// What `ec4x new` asks for.
public struct NewGameRequest: Sendable {
    public var setup: GameSetup
    /// nil: a seed is drawn from the system's random source (and reported).
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
    public var seed: UInt64
    public var systems: Int
    public var lanes: Int
    public var houses: [HouseAccess]
}

/// Creates a game folder with its database and house folders. The folder is
/// built under a hidden name and renamed into place, so a failure never
/// leaves a half-made game where the daemon would find it.
public struct CreateGame: Sendable {
    public var data: DataDirectory
    public var now: @Sendable () -> Date

    public init(data: DataDirectory, now: @escaping @Sendable () -> Date = Date.init) {
        self.data = data
        self.now = now
    }

    public func run(_ request: NewGameRequest) throws -> CreatedGame {
        let seed = request.seed ?? request.setup.seed ?? UInt64.random(in: 0...UInt64(Int64.max))
        let state: GameState
        do {
            state = try InitialStateBuilder.build(setup: request.setup, seed: seed)
        } catch {
            throw OrchestratorError(code: error.code, message: error.message)
        }
        let final = data.gameFolder(id: state.game.id)
        let manager = FileManager.default
        guard !manager.fileExists(atPath: final.url.path) else {
            throw OrchestratorError(
                code: "new.game_exists",
                message: "game \(state.game.id) already exists in \(data.gamesFolder.path): seed \(seed) with this setup was used before; choose another --seed"
            )
        }
        try manager.createDirectory(at: data.gamesFolder, withIntermediateDirectories: true)
        let staging = GameFolder(url: data.gamesFolder.appendingPathComponent(".new-\(state.game.id)", isDirectory: true))
        try? manager.removeItem(at: staging.url)
        do {
            try manager.createDirectory(at: staging.url, withIntermediateDirectories: true)
            let tokens = request.open ? [:] : Dictionary(uniqueKeysWithValues: state.houses.map { ($0.id, HouseToken.generate()) })
            let database = try GameDatabase.create(inFolder: staging.url)
            let created = Int64(now().timeIntervalSince1970)
            let deadline = (request.deadlineHours ?? request.setup.deadlineHours).map { created + Int64($0) * 3600 }
            try GameStore(database: database).insertNewGame(state, NewGameRecord(
                setup: request.setup, tokenHashes: tokens.mapValues(HouseToken.hash), turnDeadline: deadline,
                pollIntervalSeconds: 30, dataDirectory: final.url.path, createdAt: created
            ))
            try staging.createLayout(slugs: state.houses.map(\.slug))
            try manager.moveItem(at: staging.url, to: final.url)
            return CreatedGame(
                id: state.game.id, name: state.game.name, folder: final.url.path, seed: seed,
                systems: state.systems.count, lanes: state.lanes.count,
                houses: state.houses.sorted { $0.slug < $1.slug }.map {
                    CreatedGame.HouseAccess(name: $0.name, slug: $0.slug, id: $0.id, token: tokens[$0.id])
                }
            )
        } catch {
            try? manager.removeItem(at: staging.url)
            throw error
        }
    }
}
