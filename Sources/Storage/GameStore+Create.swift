public import Engine
internal import Foundation
internal import GRDB

/// What is recorded about a new game besides its turn-1 state.
public struct NewGameRecord: Sendable {
    public var setup: GameSetup
    /// SHA-256 hex of each house's token, by house id; empty for open games.
    public var tokenHashes: [String: String]
    public var turnDeadline: Int64?
    public var pollIntervalSeconds: Int
    public var dataDirectory: String
    public var createdAt: Int64

    public init(setup: GameSetup, tokenHashes: [String: String], turnDeadline: Int64?, pollIntervalSeconds: Int, dataDirectory: String, createdAt: Int64) {
        self.setup = setup
        self.tokenHashes = tokenHashes
        self.turnDeadline = turnDeadline
        self.pollIntervalSeconds = pollIntervalSeconds
        self.dataDirectory = dataDirectory
        self.createdAt = createdAt
    }
}

extension GameStore {
    /// Writes a new game in one transaction.
    public func insertNewGame(_ state: GameState, _ record: NewGameRecord) throws {
        let now = record.createdAt
        let game = state.game
        let transport = try Self.json(["data_dir": AnyJSON.string(record.dataDirectory), "poll_interval": .int(record.pollIntervalSeconds)])
        try database.writer.write { db in
            try GameRecord(
                id: game.id, name: game.name, description: nil, turn: game.turn, year: game.year, month: game.month,
                phase: game.phase.rawValue, turnDeadline: record.turnDeadline, transportMode: "localhost",
                transportConfig: transport, gameSetupJson: try Self.json(record.setup),
                gameConfigJson: try Self.json(state.config), createdAt: now, updatedAt: now,
                seed: Int64(bitPattern: game.seed), turnLimit: game.turnLimit, winnerHouseId: nil,
                gameKey: game.key.map { Data($0.bytes) }, randomStream: game.dice.streamVersion
            ).insert(db)
            for house in state.houses {
                try HouseRecord(
                    id: house.id, gameId: game.id, name: house.name, nostrPubkey: nil, prestige: house.prestige,
                    eliminated: house.eliminated, homeSystemId: nil, color: house.color, createdAt: now,
                    slug: house.slug, treasury: house.treasury, tokenHash: record.tokenHashes[house.id]
                ).insert(db)
            }
            // Houses and systems refer to each other: the writer adds systems, then sets each home.
            try StateWriter.write(state, replacing: nil, db: db, now: now)
            try db.execute(
                sql: "INSERT INTO initial_state (game_id, state_json, state_hash) VALUES (?, ?, ?)",
                arguments: [game.id, try Self.json(state), StateHash.of(state)]
            )
        }
    }
}
/// The few JSON shapes the store writes by hand.
enum AnyJSON: Encodable {
    case string(String)
    case int(Int)

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        }
    }
}
