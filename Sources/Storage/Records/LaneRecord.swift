import GRDB

/// A row of `lanes`; the id is SQLite's.
struct LaneRecord: SnakeCaseRecord, Equatable {
    static let databaseTableName = "lanes"
    var id: Int64?
    var gameId: String
    var fromSystemId: String
    var toSystemId: String
    var laneType: String
    var createdAt: Int64
}
