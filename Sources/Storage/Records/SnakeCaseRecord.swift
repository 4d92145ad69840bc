public import GRDB

/// Records whose Swift properties map to snake_case columns.
public protocol SnakeCaseRecord: Codable, FetchableRecord, PersistableRecord, Sendable {}

extension SnakeCaseRecord {
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}
