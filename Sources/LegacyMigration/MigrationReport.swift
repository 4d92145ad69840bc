/// What an import did, written as JSON beside the imported folder: every
/// repair and warning, so nothing the migration decided is silent.
public struct MigrationReport: Sendable, Codable, Equatable {
    public struct HouseLine: Sendable, Codable, Equatable {
        public var player: Int
        public var name: String
        public var slug: String
        public var legacyHomeID: Int
    }

    public struct Note: Sendable, Codable, Equatable {
        public var kind: String
        public var message: String
        public var file: String?
        public var lines: [Int]?
        public var systems: [Int]?
    }

    public var source: String
    /// SHA-256 of the map's normalized content; the same content always gives the same game.
    public var contentSHA256: String
    public var gameID: String
    public var gameName: String
    public var dryRun: Bool
    public var systems: Int
    public var lanes: Int
    public var listedLaneLines: Int
    public var houses: [HouseLine]
    public var repairs: [Note]
    public var warnings: [Note]
    /// Legacy system id → new system id.
    public var systemIDs: [String: String]
}
