public import GRDB

/// A row of `diplomacy`; house_a_id < house_b_id.
public struct DiplomacyRecord: SnakeCaseRecord, Equatable {
    public static let databaseTableName = "diplomacy"
    public var id: Int64?
    public var gameId: String
    public var houseAId: String
    public var houseBId: String
    public var relation: String
    public var turnEstablished: Int
    public var createdAt: Int64
    public var updatedAt: Int64

    enum CodingKeys: String, CodingKey {
        case id, relation
        case gameId = "game_id", houseAId = "house_a_id", houseBId = "house_b_id"
        case turnEstablished = "turn_established", createdAt = "created_at", updatedAt = "updated_at"
    }

    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .useDefaultKeys }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .useDefaultKeys }
}
