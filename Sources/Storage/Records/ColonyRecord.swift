import GRDB

/// A row of `colonies`.
struct ColonyRecord: SnakeCaseRecord, Equatable {
    static let databaseTableName = "colonies"
    var id: String
    var gameId: String
    var systemId: String
    var ownerHouseId: String
    var population: Int
    var industry: Int
    var defenses: Int
    var starbaseLevel: Int
    var underSiege: Bool
    var createdAt: Int64
    var updatedAt: Int64
}
