import GRDB

/// A row of `fleets`.
public struct FleetRecord: SnakeCaseRecord, Equatable {
    public static let databaseTableName = "fleets"
    public var id: String
    public var gameId: String
    public var ownerHouseId: String
    public var locationSystemId: String
    public var name: String?
    public var createdAt: Int64
    public var updatedAt: Int64
    /// JSON of the engine's FleetCommand; NULL when the fleet has none.
    public var standingOrder: String?
}
