import GRDB

/// A row of `state_deltas`: what changed for one house (or everyone) in a turn.
struct StateDeltaRecord: SnakeCaseRecord, Equatable {
    static let databaseTableName = "state_deltas"
    var id: Int64?
    var gameId: String
    var turn: Int
    var houseId: String?
    var deltaType: String
    var entityId: String?
    var data: String
    var createdAt: Int64

    init(id: Int64? = nil, gameId: String, turn: Int, houseId: String?, deltaType: String, entityId: String?, data: String, createdAt: Int64) {
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
