/// Every balance number of the rules, in one place. Defaults live here; a
/// scenario may override any of them; the result is snapshotted into
/// `games.game_config_json` when a game is created, so a game keeps the rules
/// it started with.
///
/// Decoding is lenient: a key that is missing keeps its default, so a scenario
/// (or an older snapshot) may name only the numbers it changes.
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
    public var maxDefenses = 10
    /// Largest quantity one build line may ask for.
    public var maxBuildQuantity = 50
    public var colonyStartingPopulation = 1
    public var colonyStartingIndustry = 0
    public var populationGrowthPercent = 5
    public var maxPopulation = 50
    public var industryGrowthPerTurn = 0

    // Combat
    public var maxCombatRounds = 20
    public var militaryAttack = 3
    public var defenseAttackPerLevel = 2
    public var starbaseAttackPerLevel = 4
    /// Hit points of one level of colony defences (per battle; levels lost are gone).
    public var defenseHullPoints = 4
    /// Hit points of one starbase level (per battle).
    public var starbaseHullPoints = 12
    public var hitChancePercent = 50
    /// One Spacelift ship of troops is needed per this much population (at least one ship).
    public var populationPerTroopShip = 10

    // Repairs and prestige
    public var repairPerTurnAtStarbase = 2
    /// Prestige for founding a colony.
    public var prestigePerColony = 5
    public var prestigePerCapture = 20
    /// Prestige for losing a colony to an invader (negative).
    public var prestigePerColonyLost = -10
    public var prestigePerKill = 2
    public var prestigePerLoss = -1

    // Diplomacy
    /// Turns a peace, NAP or alliance proposal waits for the other side's answer.
    public var proposalLifetimeTurns = 3

    // Diagnostics
    /// Turns per "act" (chapter) in the diagnostic metrics.
    public var turnsPerAct = 25

    // Rule revisions
    /// Which intel rule the game was created with (RULES.md §8). 2, for
    /// games created since release 2: where a house is present, its intel
    /// is what is there now, and a colony it lost is kept under the new
    /// owner. Absent (nil), as in games created before: the release-1 rule,
    /// so that stored games replay to the hashes they recorded. Left out of
    /// the encoding when absent, which keeps those hashes.
    public var intelRevision: Int? = 2

    public init() {}
}

extension GameConfig {
    private enum CodingKeys: String, CodingKey {
        case defaultRelation, militaryHullPoints, spaceliftHullPoints, militaryCost, spaceliftCost
        case militaryUpkeep, spaceliftUpkeep, productionPerPopulation, productionPerIndustry
        case blockadedYieldPercent, defensesCost, industryCost, starbaseCost, maxStarbaseLevel, maxDefenses
        case maxBuildQuantity, colonyStartingPopulation, colonyStartingIndustry, populationGrowthPercent
        case maxPopulation, industryGrowthPerTurn, maxCombatRounds, militaryAttack, defenseAttackPerLevel
        case starbaseAttackPerLevel, defenseHullPoints, starbaseHullPoints, hitChancePercent
        case populationPerTroopShip, repairPerTurnAtStarbase, prestigePerColony, prestigePerCapture
        case prestigePerColonyLost, prestigePerKill, prestigePerLoss, proposalLifetimeTurns, turnsPerAct
        case intelRevision
    }

    public init(from decoder: any Decoder) throws {
        self.init()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func read(_ value: inout Int, _ key: CodingKeys) throws {
            if let decoded = try c.decodeIfPresent(Int.self, forKey: key) { value = decoded }
        }
        if let relation = try c.decodeIfPresent(DiplomaticRelation.self, forKey: .defaultRelation) {
            defaultRelation = relation
        }
        try read(&militaryHullPoints, .militaryHullPoints)
        try read(&spaceliftHullPoints, .spaceliftHullPoints)
        try read(&militaryCost, .militaryCost)
        try read(&spaceliftCost, .spaceliftCost)
        try read(&militaryUpkeep, .militaryUpkeep)
        try read(&spaceliftUpkeep, .spaceliftUpkeep)
        try read(&productionPerPopulation, .productionPerPopulation)
        try read(&productionPerIndustry, .productionPerIndustry)
        try read(&blockadedYieldPercent, .blockadedYieldPercent)
        try read(&defensesCost, .defensesCost)
        try read(&industryCost, .industryCost)
        try read(&starbaseCost, .starbaseCost)
        try read(&maxStarbaseLevel, .maxStarbaseLevel)
        try read(&maxDefenses, .maxDefenses)
        try read(&maxBuildQuantity, .maxBuildQuantity)
        try read(&colonyStartingPopulation, .colonyStartingPopulation)
        try read(&colonyStartingIndustry, .colonyStartingIndustry)
        try read(&populationGrowthPercent, .populationGrowthPercent)
        try read(&maxPopulation, .maxPopulation)
        try read(&industryGrowthPerTurn, .industryGrowthPerTurn)
        try read(&maxCombatRounds, .maxCombatRounds)
        try read(&militaryAttack, .militaryAttack)
        try read(&defenseAttackPerLevel, .defenseAttackPerLevel)
        try read(&starbaseAttackPerLevel, .starbaseAttackPerLevel)
        try read(&defenseHullPoints, .defenseHullPoints)
        try read(&starbaseHullPoints, .starbaseHullPoints)
        try read(&hitChancePercent, .hitChancePercent)
        try read(&populationPerTroopShip, .populationPerTroopShip)
        try read(&repairPerTurnAtStarbase, .repairPerTurnAtStarbase)
        try read(&prestigePerColony, .prestigePerColony)
        try read(&prestigePerCapture, .prestigePerCapture)
        try read(&prestigePerColonyLost, .prestigePerColonyLost)
        try read(&prestigePerKill, .prestigePerKill)
        try read(&prestigePerLoss, .prestigePerLoss)
        try read(&proposalLifetimeTurns, .proposalLifetimeTurns)
        try read(&turnsPerAct, .turnsPerAct)
        intelRevision = try c.decodeIfPresent(Int.self, forKey: .intelRevision)
    }
}
