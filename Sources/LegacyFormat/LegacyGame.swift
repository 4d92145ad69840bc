/// Everything read from one legacy game folder, ready for an importer.
public struct LegacyGame: Sendable, Hashable, Codable {
    /// Systems and distinct lanes after repair, with the repairs made.
    public var map: LegacyMap
    /// The lanes exactly as listed in lanes.txt (file order), for reports.
    public var listedLanes: [LegacyLane]
    public var config: LegacyConfig?
    public var info: LegacyGameInfo?
    /// Tolerated oddities from every file, in file then line order.
    public var warnings: [LegacyParseWarning]

    public init(
        map: LegacyMap, listedLanes: [LegacyLane], config: LegacyConfig?, info: LegacyGameInfo?,
        warnings: [LegacyParseWarning]
    ) {
        self.map = map
        self.listedLanes = listedLanes
        self.config = config
        self.info = info
        self.warnings = warnings
    }

    /// Home systems ordered by player index; each becomes a house.
    public var homes: [LegacySystem] { map.homes }
}
