import GRDB

/// A row of `fleets`.
struct FleetRecord: SnakeCaseRecord, Equatable {
    static let databaseTableName = "fleets"
    var id: String
    var gameId: String
    var ownerHouseId: String
    var locationSystemId: String
    var name: String?
    var createdAt: Int64
    var updatedAt: Int64
    /// JSON of the engine's FleetCommand; NULL when the fleet has none.
    var standingOrder: String?
}
