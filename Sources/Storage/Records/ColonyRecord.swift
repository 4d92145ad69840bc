import GRDB

/// A row of `colonies`.
public struct ColonyRecord: SnakeCaseRecord, Equatable {
    public static let databaseTableName = "colonies"
    public var id: String
    public var gameId: String
    public var systemId: String
    public var ownerHouseId: String
    public var population: Int
    public var industry: Int
    public var defenses: Int
    public var starbaseLevel: Int
    public var underSiege: Bool
    public var createdAt: Int64
    public var updatedAt: Int64
}
