import GRDB

/// A row of `intel_fleets`: a foreign fleet one house has detected.
public struct IntelFleetRecord: SnakeCaseRecord, Equatable {
    public static let databaseTableName = "intel_fleets"
    public var id: Int64?
    public var gameId: String
    public var houseId: String
    public var fleetId: String
    public var detectedTurn: Int
    public var detectedSystemId: String
    public var shipCount: Int?
    public var shipTypes: String?
    public var intelQuality: String
    public var createdAt: Int64
    public var updatedAt: Int64

    public init(id: Int64? = nil, gameId: String, houseId: String, fleetId: String, detectedTurn: Int, detectedSystemId: String, shipCount: Int?, shipTypes: String?, intelQuality: String, createdAt: Int64, updatedAt: Int64) {
        self.id = id
        self.gameId = gameId
        self.houseId = houseId
        self.fleetId = fleetId
        self.detectedTurn = detectedTurn
        self.detectedSystemId = detectedSystemId
        self.shipCount = shipCount
        self.shipTypes = shipTypes
        self.intelQuality = intelQuality
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
