import GRDB

/// A row of `systems`.
public struct SystemRecord: SnakeCaseRecord, Equatable {
    public static let databaseTableName = "systems"
    public var id: String
    public var gameId: String
    public var name: String
    public var hexQ: Int
    public var hexR: Int
    public var ring: Int
    public var ownerHouseId: String?
    public var createdAt: Int64
}
