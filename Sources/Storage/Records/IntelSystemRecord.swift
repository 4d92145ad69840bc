import GRDB

/// A row of `intel_systems`: what one house knows of one system, and since when.
public struct IntelSystemRecord: SnakeCaseRecord, Equatable {
    public static let databaseTableName = "intel_systems"
    public var id: Int64?
    public var gameId: String
    public var houseId: String
    public var systemId: String
    public var lastScoutedTurn: Int
    public var visibilityLevel: String
    public var createdAt: Int64
    public var updatedAt: Int64

    public init(id: Int64? = nil, gameId: String, houseId: String, systemId: String, lastScoutedTurn: Int, visibilityLevel: String, createdAt: Int64, updatedAt: Int64) {
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
