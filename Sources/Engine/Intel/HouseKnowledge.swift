/// Everything one house may know, and nothing more: its own house, colonies
/// and fleets in full; the public map (systems, coordinates, lanes); the
/// public facts about other houses and their relations; proposals that
/// concern it; and its intel. Bots decide from this alone. The CLI can fill
/// it from a house's view file instead of from the state.
public struct HouseKnowledge: Sendable, Codable, Equatable {
    public struct OtherHouse: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var slug: String
        public var prestige: Int
        public var eliminated: Bool

        public init(id: String, name: String, slug: String, prestige: Int, eliminated: Bool) {
            self.id = id
            self.name = name
            self.slug = slug
            self.prestige = prestige
            self.eliminated = eliminated
        }
    }

    public struct MapSystem: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var coord: HexCoord

        public init(id: String, name: String, coord: HexCoord) {
            self.id = id
            self.name = name
            self.coord = coord
        }
    }

    public var gameID: String
    public var turn: Int
    public var turnLimit: Int?
    public var config: GameConfig
    public var house: House
    /// Every house (including this one), sorted by id.
    public var houses: [OtherHouse]
    public var systems: [MapSystem]
    public var lanes: [Lane]
    public var colonies: [Colony]
    public var fleets: [Fleet]
    /// Every recorded relation (diplomacy is public), sorted by pair; pairs with no row are at `config.defaultRelation`.
    public var relations: [Diplomacy]
    /// Open proposals made by or to this house.
    public var proposals: [DiplomaticProposal]
    public var intel: HouseIntel

    public init(
        gameID: String, turn: Int, turnLimit: Int?, config: GameConfig, house: House, houses: [OtherHouse],
        systems: [MapSystem], lanes: [Lane], colonies: [Colony], fleets: [Fleet], relations: [Diplomacy],
        proposals: [DiplomaticProposal], intel: HouseIntel
    ) {
        self.gameID = gameID
        self.turn = turn
        self.turnLimit = turnLimit
        self.config = config
        self.house = house
        self.houses = houses
        self.systems = systems
        self.lanes = lanes
        self.colonies = colonies
        self.fleets = fleets
        self.relations = relations
        self.proposals = proposals
        self.intel = intel
    }

    /// The slice of the state that `houseID` may see; nil for an unknown house.
    public static func make(from state: GameState, for houseID: String) -> HouseKnowledge? {
        guard let house = state.house(houseID) else { return nil }
        return HouseKnowledge(
            gameID: state.game.id, turn: state.game.turn, turnLimit: state.game.turnLimit, config: state.config, house: house,
            houses: state.houses.map {
                OtherHouse(id: $0.id, name: $0.name, slug: $0.slug, prestige: $0.prestige, eliminated: $0.eliminated)
            },
            systems: state.systems.map { MapSystem(id: $0.id, name: $0.name, coord: $0.coord) },
            lanes: state.lanes,
            colonies: state.colonies.filter { $0.ownerHouseID == houseID },
            fleets: state.fleets.filter { $0.ownerHouseID == houseID },
            relations: state.diplomacy,
            proposals: state.proposals.filter { $0.fromHouseID == houseID || $0.toHouseID == houseID },
            intel: state.intel(of: houseID) ?? HouseIntel(houseID: houseID)
        )
    }

    public func relation(with other: String) -> DiplomaticRelation {
        let (low, high) = (min(house.id, other), max(house.id, other))
        return relations.first { $0.houseA == low && $0.houseB == high }?.relation ?? config.defaultRelation
    }

    /// What the treasury will hold after this turn's income and upkeep: the build budget.
    public var fundsAfterIncome: Int {
        house.treasury
            + colonies.reduce(0) { $0 + Economy.production(of: $1, config: config) }
            - fleets.reduce(0) { $0 + Economy.upkeep(of: $1, config: config) }
    }

    public var graph: StarGraph {
        StarGraph(systems: systems.map { StarSystem(id: $0.id, name: $0.name, coord: $0.coord) }, lanes: lanes)
    }
}
