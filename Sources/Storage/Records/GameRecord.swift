import GRDB

/// A row of `games`: one per database.
public struct GameRecord: SnakeCaseRecord, Equatable {
    public static let databaseTableName = "games"
    public var id: String
    public var name: String
    public var description: String?
    public var turn: Int
    public var year: Int
    public var month: Int
    public var phase: String
    public var turnDeadline: Int64?
    public var transportMode: String
    public var transportConfig: String?
    public var gameSetupJson: String
    public var gameConfigJson: String
    public var createdAt: Int64
    public var updatedAt: Int64
    public var seed: Int64
    public var turnLimit: Int?
    public var winnerHouseId: String?
    public var resolveFailures: Int = 0
    public var lastError: String?
}
