import GRDB

/// A row of `houses`.
struct HouseRecord: SnakeCaseRecord, Equatable {
    static let databaseTableName = "houses"
    var id: String
    var gameId: String
    var name: String
    var nostrPubkey: String?
    var prestige: Int
    var eliminated: Bool
    var homeSystemId: String?
    var color: String?
    var createdAt: Int64
    var slug: String?
    var treasury: Int
    var tokenHash: String?
}
