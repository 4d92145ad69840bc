internal import GRDB

/// A row of `diplomacy`; house_a_id < house_b_id.
struct DiplomacyRecord: SnakeCaseRecord, Equatable {
    static let databaseTableName = "diplomacy"
    var id: Int64?
    var gameId: String
    var houseAId: String
    var houseBId: String
    var relation: String
    var turnEstablished: Int
    var createdAt: Int64
    var updatedAt: Int64

    enum CodingKeys: String, CodingKey {
        case id, relation
        case gameId = "game_id", houseAId = "house_a_id", houseBId = "house_b_id"
        case turnEstablished = "turn_established", createdAt = "created_at", updatedAt = "updated_at"
    }

    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .useDefaultKeys }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .useDefaultKeys }
}
