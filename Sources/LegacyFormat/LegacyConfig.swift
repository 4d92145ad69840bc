/// Settings from a legacy `game_config.toml`, whichever of its three styles was used
/// (short camelCase, short snake_case, or the long template with every key under `[game]`).
/// Every field is optional because every style leaves some out.
public struct LegacyConfig: Sendable, Hashable, Codable {
    /// How the keys were spelled; both spellings map to the same fields.
    public enum KeyStyle: String, Sendable, Hashable, Codable {
        case camelCase
        case snakeCase
        /// Both spellings in one file (accepted; each field may still be set only once).
        case mixed
        /// No key told them apart (e.g. only `port`), or the file had no keys.
        case undetermined
    }

    /// A setting the migration does not map, kept verbatim so nothing is lost silently.
    public struct Setting: Sendable, Hashable, Codable {
        /// As written, prefixed with its table unless that is `[game]` or the root (e.g. `fogOfWar`, `server.ip`).
        public var key: String
        public var value: LegacyTOMLValue
        public var line: Int

        public init(key: String, value: LegacyTOMLValue, line: Int) {
            self.key = key
            self.value = value
            self.line = line
        }
    }

    public var gameName: String?
    public var hostName: String?
    public var gameDescription: String?
    public var serverIP: String?
    /// Legacy files write the port as a string (`port = "8080"`); an integer is accepted too.
    public var port: Int?
    public var numEmpires: Int?
    /// `turnDuration`, in hours.
    public var turnDurationHours: Int?
    /// `gameLength`: maximum number of turns.
    public var gameLength: Int?
    public var startYear: Int?
    /// `mapSeed`; 0 meant "random" to the old tool.
    public var mapSeed: Int?
    public var ringMultiplier: Double?
    public var allowCustomRings: Bool?
    public var victoryConditions: [String]?
    public var prestigeTarget: Int?

    /// True when the settings sat in a `[game]` table (the long template form).
    public var usesGameTable: Bool
    public var keyStyle: KeyStyle
    /// Everything else in the file, in file order.
    public var unmappedSettings: [Setting]
    /// Line of each mapped setting, keyed by its camelCase name (e.g. `numEmpires`), for later messages.
    public var lineOfSetting: [String: Int]

    public init(
        gameName: String? = nil, hostName: String? = nil, gameDescription: String? = nil,
        serverIP: String? = nil, port: Int? = nil, numEmpires: Int? = nil, turnDurationHours: Int? = nil,
        gameLength: Int? = nil, startYear: Int? = nil, mapSeed: Int? = nil, ringMultiplier: Double? = nil,
        allowCustomRings: Bool? = nil, victoryConditions: [String]? = nil, prestigeTarget: Int? = nil,
        usesGameTable: Bool = false, keyStyle: KeyStyle = .undetermined, unmappedSettings: [Setting] = [],
        lineOfSetting: [String: Int] = [:]
    ) {
        self.gameName = gameName
        self.hostName = hostName
        self.gameDescription = gameDescription
        self.serverIP = serverIP
        self.port = port
        self.numEmpires = numEmpires
        self.turnDurationHours = turnDurationHours
        self.gameLength = gameLength
        self.startYear = startYear
        self.mapSeed = mapSeed
        self.ringMultiplier = ringMultiplier
        self.allowCustomRings = allowCustomRings
        self.victoryConditions = victoryConditions
        self.prestigeTarget = prestigeTarget
        self.usesGameTable = usesGameTable
        self.keyStyle = keyStyle
        self.unmappedSettings = unmappedSettings
        self.lineOfSetting = lineOfSetting
    }
}
