/// Contents of a legacy `game_info.txt`: a title line, then `Key: value` lines.
/// It holds counts only; a map cannot be rebuilt from it.
public struct LegacyGameInfo: Sendable, Hashable, Codable {
    public struct Entry: Sendable, Hashable, Codable {
        public var key: String
        public var value: String
        public var line: Int

        public init(key: String, value: String, line: Int) {
            self.key = key
            self.value = value
            self.line = line
        }
    }

    public var title: String
    /// Every `Key: value` line in file order, the known ones included.
    public var entries: [Entry]
    /// `Players:`; number of players (= homes on the map).
    public var players: Int?
    /// `Systems:`; number of star systems.
    public var systems: Int?
    /// `Jump Lanes:`; as the old tool counted them (it counted listed lines, not distinct lanes).
    public var jumpLanes: Int?
    /// `Created:`; kept verbatim (ISO 8601 with offset in the samples).
    public var created: String?

    public init(
        title: String, entries: [Entry] = [], players: Int? = nil, systems: Int? = nil,
        jumpLanes: Int? = nil, created: String? = nil
    ) {
        self.title = title
        self.entries = entries
        self.players = players
        self.systems = systems
        self.jumpLanes = jumpLanes
        self.created = created
    }

    /// The value of a key, matched without regard to case or repeated blanks.
    public func value(forKey key: String) -> String? {
        let wanted = LegacyGameInfoParser.normalizedKey(key)
        return entries.first { LegacyGameInfoParser.normalizedKey($0.key) == wanted }?.value
    }
}
