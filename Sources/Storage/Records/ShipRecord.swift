import GRDB

/// A row of `ships`.
struct ShipRecord: SnakeCaseRecord, Equatable {
    static let databaseTableName = "ships"
    var id: String
    var fleetId: String
    var shipType: String
    var hullPoints: Int
    var maxHullPoints: Int
    var createdAt: Int64
}
