import GRDB

/// A row of `intel_fleets`: a foreign fleet one house has detected.
struct IntelFleetRecord: SnakeCaseRecord, Equatable {
    static let databaseTableName = "intel_fleets"
    var id: Int64?
    var gameId: String
    var houseId: String
    var fleetId: String
    var detectedTurn: Int
    var detectedSystemId: String
    var shipCount: Int?
    var shipTypes: String?
    var intelQuality: String
    var createdAt: Int64
    var updatedAt: Int64

    init(
        id: Int64? = nil, gameId: String, houseId: String, fleetId: String, detectedTurn: Int, detectedSystemId: String, shipCount: Int?, shipTypes: String?, intelQuality: String,
        createdAt: Int64, updatedAt: Int64
    ) {
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
