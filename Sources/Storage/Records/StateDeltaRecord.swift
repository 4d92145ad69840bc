import GRDB

/// A row of `state_deltas`: what changed for one house (or everyone) in a turn.
public struct StateDeltaRecord: SnakeCaseRecord, Equatable {
    public static let databaseTableName = "state_deltas"
    public var id: Int64?
    public var gameId: String
    public var turn: Int
    public var houseId: String?
    public var deltaType: String
    public var entityId: String?
    public var data: String
    public var createdAt: Int64

    public init(id: Int64? = nil, gameId: String, turn: Int, houseId: String?, deltaType: String, entityId: String?, data: String, createdAt: Int64) {
        self.id = id
        self.gameId = gameId
        self.turn = turn
        self.houseId = houseId
        self.deltaType = deltaType
        self.entityId = entityId
        self.data = data
        self.createdAt = createdAt
    }
}
