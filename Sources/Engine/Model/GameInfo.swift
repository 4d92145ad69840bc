/// The game row: identity, clock and phase.
public struct GameInfo: Sendable, Codable, Equatable {
    public var id: String
    public var name: String
    public var turn: Int
    /// Calendar: one turn is one month; 13 months make a year.
    public var year: Int
    public var month: Int
    public var phase: GamePhase
    /// The `--seed` a game was made from (its key derives from it), or the
    /// seed of a stream-version-1 game; 0 when the key is random.
    public var seed: UInt64
    /// The secret behind ids and dice (stream version 2); nil for games made
    /// before it existed, whose ids and dice come from `seed` (version 1).
    public var key: GameKey?
    /// After this turn the game ends on prestige; nil plays to the last house.
    public var turnLimit: Int?
    public var winnerHouseID: String?

    public init(
        id: String, name: String, turn: Int = 1, year: Int = 2001, month: Int = 1,
        phase: GamePhase = .active, seed: UInt64, key: GameKey? = nil, turnLimit: Int? = nil,
        winnerHouseID: String? = nil
    ) {
        self.id = id
        self.name = name
        self.turn = turn
        self.year = year
        self.month = month
        self.phase = phase
        self.seed = seed
        self.key = key
        self.turnLimit = turnLimit
        self.winnerHouseID = winnerHouseID
    }
}
