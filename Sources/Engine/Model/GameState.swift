/// Everything the rules need to resolve a turn. Every array is kept sorted by id
/// (lanes by their two ends, diplomacy by its pair) so that iteration order
/// never decides an outcome.
public struct GameState: Sendable, Codable, Equatable {
    public var game: GameInfo
    public var config: GameConfig
    public var houses: [House]
    public var systems: [StarSystem]
    public var lanes: [Lane]
    public var colonies: [Colony]
    public var fleets: [Fleet]
    public var diplomacy: [Diplomacy]

    public init(
        game: GameInfo, config: GameConfig, houses: [House], systems: [StarSystem], lanes: [Lane],
        colonies: [Colony], fleets: [Fleet], diplomacy: [Diplomacy]
    ) {
        self.game = game
        self.config = config
        self.houses = houses
        self.systems = systems
        self.lanes = lanes
        self.colonies = colonies
        self.fleets = fleets
        self.diplomacy = diplomacy
        normalizeOrder()
    }

    /// Restores the canonical order of every collection.
    public mutating func normalizeOrder() {
        houses.sort { $0.id < $1.id }
        systems.sort { $0.id < $1.id }
        lanes.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        colonies.sort { $0.id < $1.id }
        fleets.sort { $0.id < $1.id }
        for index in fleets.indices { fleets[index].ships.sort { $0.id < $1.id } }
        diplomacy.sort { ($0.houseA, $0.houseB) < ($1.houseA, $1.houseB) }
    }

    public func house(_ id: String) -> House? { houses.first { $0.id == id } }
    public func house(slug: String) -> House? { houses.first { $0.slug == slug } }
    public func system(_ id: String) -> StarSystem? { systems.first { $0.id == id } }
    public func colony(at systemID: String) -> Colony? { colonies.first { $0.systemID == systemID } }

    /// The relation between two houses; pairs with no row are at the configured default.
    public func relation(_ a: String, _ b: String) -> DiplomaticRelation {
        let (low, high) = (min(a, b), max(a, b))
        return diplomacy.first { $0.houseA == low && $0.houseB == high }?.relation ?? config.defaultRelation
    }
}
