import GRDB

/// A row of `systems`.
struct SystemRecord: SnakeCaseRecord, Equatable {
    static let databaseTableName = "systems"
    var id: String
    var gameId: String
    var name: String
    var hexQ: Int
    var hexR: Int
    var ring: Int
    var ownerHouseId: String?
    var createdAt: Int64
}
