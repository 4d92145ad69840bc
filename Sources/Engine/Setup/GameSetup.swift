/// What a game starts from: a scenario's choices, or the built-in default.
/// Recorded as `games.game_setup_json`.
public struct GameSetup: Sendable, Codable, Equatable {
    public struct HouseSpec: Sendable, Codable, Equatable {
        public var name: String
        public var color: String?

        public init(name: String, color: String? = nil) {
            self.name = name
            self.color = color
        }
    }

    public struct HomeColony: Sendable, Codable, Equatable {
        public var population = 10
        public var industry = 5
        public var defenses = 2
        public var starbaseLevel = 1

        public init() {}
    }

    public struct FleetSpec: Sendable, Codable, Equatable {
        public var name: String?
        public var military: Int
        public var spacelift: Int

        public init(name: String? = nil, military: Int, spacelift: Int) {
            self.name = name
            self.military = military
            self.spacelift = spacelift
        }
    }

    /// Relative weights of lane types for the lanes between ordinary systems.
    public struct LaneWeights: Sendable, Codable, Equatable {
        public var major: Int
        public var minor: Int
        public var restricted: Int

        public init(major: Int = 50, minor: Int = 35, restricted: Int = 15) {
            self.major = major
            self.minor = minor
            self.restricted = restricted
        }
    }

    /// Where the setup came from: "default", a scenario name, or "legacy:<folder>".
    public var source: String
    public var name: String
    public var houses: [HouseSpec]
    public var rings: Int
    public var seed: UInt64?
    public var turnLimit: Int?
    public var deadlineHours: Int?
    public var laneWeights: LaneWeights
    public var startingTreasury: Int
    public var startingPrestige: Int
    public var homeColony: HomeColony
    public var startingFleets: [FleetSpec]
    public var config: GameConfig

    public init(
        source: String, name: String, houses: [HouseSpec], rings: Int, seed: UInt64? = nil,
        turnLimit: Int? = nil, deadlineHours: Int? = nil, laneWeights: LaneWeights = LaneWeights(),
        startingTreasury: Int = 100, startingPrestige: Int = 0, homeColony: HomeColony = HomeColony(),
        startingFleets: [FleetSpec] = GameSetup.defaultFleets, config: GameConfig = GameConfig()
    ) {
        self.source = source
        self.name = name
        self.houses = houses
        self.rings = rings
        self.seed = seed
        self.turnLimit = turnLimit
        self.deadlineHours = deadlineHours
        self.laneWeights = laneWeights
        self.startingTreasury = startingTreasury
        self.startingPrestige = startingPrestige
        self.homeColony = homeColony
        self.startingFleets = startingFleets
        self.config = config
    }

    public static let minHouses = 2
    public static let maxHouses = 12

    /// One battle fleet and one colony ship per house.
    public static let defaultFleets = [
        FleetSpec(name: "Home Guard", military: 2, spacelift: 0),
        FleetSpec(name: "Pioneers", military: 0, spacelift: 1),
    ]

    /// House names in seating order; the slug is the lowercase name.
    public static let defaultHouseNames = [
        "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta",
        "Eta", "Theta", "Iota", "Kappa", "Lambda", "Mu",
    ]

    static let defaultColors = [
        "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#46f0f0",
        "#f032e6", "#bcf60c", "#fabebe", "#008080", "#9a6324", "#800000",
    ]

    /// The built-in setup: `players` houses on max(3, players) rings.
    public static func standard(players: Int, name: String = "EC4X Game") -> GameSetup {
        let count = min(max(players, minHouses), maxHouses)
        let houses = (0..<count).map { HouseSpec(name: defaultHouseNames[$0], color: defaultColors[$0]) }
        return GameSetup(source: "default", name: name, houses: houses, rings: max(3, count))
    }
}
