/// The income formulas, shared by the Income phase and by the validator
/// (which must know what a house will have to spend in this turn's Command phase).
public enum Economy {
    /// Production of one colony: population and industry, cut to
    /// `blockadedYieldPercent` while the colony is under siege.
    public static func production(of colony: Colony, config: GameConfig) -> Int {
        let full = colony.population * config.productionPerPopulation + colony.industry * config.productionPerIndustry
        return colony.underSiege ? full * config.blockadedYieldPercent / 100 : full
    }

    public static func upkeep(of ship: Ship, config: GameConfig) -> Int {
        ship.type == .military ? config.militaryUpkeep : config.spaceliftUpkeep
    }

    public static func upkeep(of fleet: Fleet, config: GameConfig) -> Int {
        fleet.ships.reduce(0) { $0 + upkeep(of: $1, config: config) }
    }

    /// What the house will hold once this turn's Income phase has run: the
    /// most its builds may cost.
    public static func fundsAfterIncome(of houseID: String, in state: GameState) -> Int {
        guard let house = state.house(houseID) else { return 0 }
        let income = state.colonies.lazy.filter { $0.ownerHouseID == houseID }
            .reduce(0) { $0 + Self.production(of: $1, config: state.config) }
        let costs = state.fleets.lazy.filter { $0.ownerHouseID == houseID }
            .reduce(0) { $0 + Self.upkeep(of: $1, config: state.config) }
        return house.treasury + income - costs
    }
}
