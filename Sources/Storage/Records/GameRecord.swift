import Foundation
import GRDB

/// A row of `games`: one per database.
struct GameRecord: SnakeCaseRecord, Equatable {
    static let databaseTableName = "games"
    var id: String
    var name: String
    var description: String?
    var turn: Int
    var year: Int
    var month: Int
    var phase: String
    var turnDeadline: Int64?
    var transportMode: String
    var transportConfig: String?
    var gameSetupJson: String
    var gameConfigJson: String
    var createdAt: Int64
    var updatedAt: Int64
    var seed: Int64
    var turnLimit: Int?
    var winnerHouseId: String?
    var resolveFailures: Int = 0
    var lastError: String?
    /// v14: the secret behind ids and dice (stream version 2); NULL in version-1 games.
    var gameKey: Data?
    var randomStream: Int = 1
}
