/// Every balance number of the rules, in one place. Defaults live here; a
/// scenario may override any of them; the result is snapshotted into
/// `games.game_config_json` when a game is created, so a game keeps the rules
/// it started with.
public struct GameConfig: Sendable, Codable, Equatable {
    /// Relation between two houses that have never agreed on anything.
    public var defaultRelation: DiplomaticRelation = .war

    // Ships
    public var militaryHullPoints = 10
    public var spaceliftHullPoints = 6
    public var militaryCost = 20
    public var spaceliftCost = 15
    public var militaryUpkeep = 1
    public var spaceliftUpkeep = 1

    // Economy
    public var productionPerPopulation = 1
    public var productionPerIndustry = 2
    /// Percent of production a blockaded or sieged colony still yields.
    public var blockadedYieldPercent = 40
    public var defensesCost = 10
    public var industryCost = 25
    public var starbaseCost = 60
    public var maxStarbaseLevel = 3
    public var colonyStartingPopulation = 1
    public var populationGrowthPercent = 5
    public var maxPopulation = 50
    public var industryGrowthPerTurn = 0

    // Combat
    public var maxCombatRounds = 20
    public var militaryAttack = 3
    public var defenseAttackPerLevel = 2
    public var starbaseAttackPerLevel = 4
    public var hitChancePercent = 50

    // Repairs and prestige
    public var repairPerTurnAtStarbase = 2
    public var prestigePerColony = 5
    public var prestigePerCapture = 20
    public var prestigePerKill = 2
    public var prestigePerLoss = -1

    public init() {}
}
