import GRDB

/// A row of `ships`.
public struct ShipRecord: SnakeCaseRecord, Equatable {
    public static let databaseTableName = "ships"
    public var id: String
    public var fleetId: String
    public var shipType: String
    public var hullPoints: Int
    public var maxHullPoints: Int
    public var createdAt: Int64
}
