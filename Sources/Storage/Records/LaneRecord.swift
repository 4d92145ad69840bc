import GRDB

/// A row of `lanes`; the id is SQLite's.
public struct LaneRecord: SnakeCaseRecord, Equatable {
    public static let databaseTableName = "lanes"
    public var id: Int64?
    public var gameId: String
    public var fromSystemId: String
    public var toSystemId: String
    public var laneType: String
    public var createdAt: Int64
}
