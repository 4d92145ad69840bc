import GRDB

/// A row of `intel_systems`: what one house knows of one system, and since when.
struct IntelSystemRecord: SnakeCaseRecord, Equatable {
    static let databaseTableName = "intel_systems"
    var id: Int64?
    var gameId: String
    var houseId: String
    var systemId: String
    var lastScoutedTurn: Int
    var visibilityLevel: String
    var createdAt: Int64
    var updatedAt: Int64

    init(id: Int64? = nil, gameId: String, houseId: String, systemId: String, lastScoutedTurn: Int, visibilityLevel: String, createdAt: Int64, updatedAt: Int64) {
        self.id = id
        self.gameId = gameId
        self.houseId = houseId
        self.systemId = systemId
        self.lastScoutedTurn = lastScoutedTurn
        self.visibilityLevel = visibilityLevel
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
