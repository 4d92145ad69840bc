import GRDB

/// A row of `houses`.
public struct HouseRecord: SnakeCaseRecord, Equatable {
    public static let databaseTableName = "houses"
    public var id: String
    public var gameId: String
    public var name: String
    public var nostrPubkey: String?
    public var prestige: Int
    public var eliminated: Bool
    public var homeSystemId: String?
    public var color: String?
    public var createdAt: Int64
    public var slug: String?
    public var treasury: Int
    public var tokenHash: String?
}
