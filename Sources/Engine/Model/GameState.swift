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
    /// Open peace/NAP/alliance offers, sorted by (from, to).
    public var proposals: [DiplomaticProposal]
    /// What each house knows of the others, sorted by house id. Updated at the
    /// end of every turn (and filled for turn 1 by `IntelUpdater.initialize`).
    public var intel: [HouseIntel]

    public init(
        game: GameInfo, config: GameConfig, houses: [House], systems: [StarSystem], lanes: [Lane],
        colonies: [Colony], fleets: [Fleet], diplomacy: [Diplomacy], proposals: [DiplomaticProposal] = [],
        intel: [HouseIntel] = []
    ) {
        self.game = game
        self.config = config
        self.houses = houses
        self.systems = systems
        self.lanes = lanes
        self.colonies = colonies
        self.fleets = fleets
        self.diplomacy = diplomacy
        self.proposals = proposals
        self.intel = intel
        normalizeOrder()
    }

    private enum CodingKeys: String, CodingKey {
        case game, config, houses, systems, lanes, colonies, fleets, diplomacy, proposals, intel
    }

    /// Tolerates states written before proposals and intel existed.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            game: try c.decode(GameInfo.self, forKey: .game),
            config: try c.decode(GameConfig.self, forKey: .config),
            houses: try c.decode([House].self, forKey: .houses),
            systems: try c.decode([StarSystem].self, forKey: .systems),
            lanes: try c.decode([Lane].self, forKey: .lanes),
            colonies: try c.decode([Colony].self, forKey: .colonies),
            fleets: try c.decode([Fleet].self, forKey: .fleets),
            diplomacy: try c.decode([Diplomacy].self, forKey: .diplomacy),
            proposals: try c.decodeIfPresent([DiplomaticProposal].self, forKey: .proposals) ?? [],
            intel: try c.decodeIfPresent([HouseIntel].self, forKey: .intel) ?? []
        )
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
        proposals.sort { ($0.fromHouseID, $0.toHouseID) < ($1.fromHouseID, $1.toHouseID) }
        intel.sort { $0.houseID < $1.houseID }
        for index in intel.indices {
            intel[index].systems.sort { $0.systemID < $1.systemID }
            intel[index].fleets.sort { $0.fleetID < $1.fleetID }
            intel[index].colonies.sort { $0.colonyID < $1.colonyID }
        }
    }

    public func house(_ id: String) -> House? { houses.first { $0.id == id } }
    public func house(slug: String) -> House? { houses.first { $0.slug == slug } }
    public func system(_ id: String) -> StarSystem? { systems.first { $0.id == id } }
    public func colony(at systemID: String) -> Colony? { colonies.first { $0.systemID == systemID } }
    public func intel(of houseID: String) -> HouseIntel? { intel.first { $0.houseID == houseID } }

    /// Houses still in the game, sorted by id.
    public var activeHouses: [House] { houses.filter { !$0.eliminated } }

    /// The relation between two houses; pairs with no row are at the configured default.
    public func relation(_ a: String, _ b: String) -> DiplomaticRelation {
        let (low, high) = (min(a, b), max(a, b))
        return diplomacy.first { $0.houseA == low && $0.houseB == high }?.relation ?? config.defaultRelation
    }
}
