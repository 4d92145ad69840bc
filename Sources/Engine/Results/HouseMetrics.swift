/// Per-house diagnostic figures for one resolved turn: one row of
/// `diagnostic_metrics`. Flow figures (production, ships built, battles...)
/// count what happened during the turn; stock figures (treasury, ships,
/// colonies...) are taken after Maintenance.
public struct HouseMetrics: Sendable, Codable, Equatable {
    public var houseID: String
    /// The turn that was resolved.
    public var turn: Int
    /// The game's chapter: 1 + (turn − 1) / `turnsPerAct`.
    public var act: Int
    /// 1 = highest prestige; ties broken as for victory.
    public var rank: Int
    public var eliminated: Bool

    // Economy
    public var treasury = 0
    public var treasuryChange = 0
    public var production = 0
    public var upkeep = 0
    public var buildSpending = 0
    public var population = 0
    public var industry = 0
    public var defenses = 0
    public var starbaseLevels = 0

    // Territory
    public var colonies = 0
    public var coloniesUnderSiege = 0
    public var coloniesFounded = 0
    public var coloniesCaptured = 0
    public var coloniesLost = 0
    public var colonizationsAttempted = 0
    public var colonizationsFailed = 0

    // Forces
    public var fleets = 0
    public var shipsTotal = 0
    public var shipsMilitary = 0
    public var shipsSpacelift = 0
    public var shipsCrippled = 0
    public var shipsBuiltMilitary = 0
    public var shipsBuiltSpacelift = 0
    /// Own ships destroyed in combat.
    public var shipsLost = 0
    /// Enemy ships this house destroyed.
    public var shipsDestroyed = 0
    /// Spacelift ships spent founding colonies or as invasion troops.
    public var shipsConsumed = 0
    public var hullRepaired = 0

    // Activity
    public var fleetsMoved = 0
    public var jumps = 0
    public var fleetsMerged = 0
    public var battles = 0
    public var battlesWon = 0
    public var battlesLost = 0
    public var retreats = 0
    public var invasionsAttempted = 0
    public var invasionsSucceeded = 0
    public var blockadesActive = 0

    // Orders
    public var submitted = false
    public var ordersSubmitted = 0
    public var ordersCompleted = 0
    public var ordersInProgress = 0
    public var ordersFailed = 0
    public var standingOrdersFollowed = 0

    // Standing
    public var prestige = 0
    public var prestigeChange = 0
    public var relationsWar = 0
    public var relationsPeace = 0
    public var relationsNAP = 0
    public var relationsAlliance = 0
    public var knownSystems = 0
    public var detectedForeignFleets = 0

    public init(houseID: String, turn: Int, act: Int, rank: Int = 0, eliminated: Bool = false) {
        self.houseID = houseID
        self.turn = turn
        self.act = act
        self.rank = rank
        self.eliminated = eliminated
    }

    /// Every figure as (column name, value), in a fixed order, for the writer.
    public var columns: [(name: String, value: Int)] {
        [
            ("act", act), ("rank", rank), ("eliminated", eliminated ? 1 : 0),
            ("treasury", treasury), ("treasury_change", treasuryChange), ("production", production),
            ("upkeep", upkeep), ("build_spending", buildSpending), ("population", population),
            ("industry", industry), ("defenses", defenses), ("starbase_levels", starbaseLevels),
            ("colonies", colonies), ("colonies_under_siege", coloniesUnderSiege),
            ("colonies_founded", coloniesFounded), ("colonies_captured", coloniesCaptured),
            ("colonies_lost", coloniesLost), ("colonizations_attempted", colonizationsAttempted),
            ("colonizations_failed", colonizationsFailed), ("fleets", fleets), ("ships_total", shipsTotal),
            ("ships_military", shipsMilitary), ("ships_spacelift", shipsSpacelift),
            ("ships_crippled", shipsCrippled), ("ships_built_military", shipsBuiltMilitary),
            ("ships_built_spacelift", shipsBuiltSpacelift), ("ships_lost", shipsLost),
            ("ships_destroyed", shipsDestroyed), ("ships_consumed", shipsConsumed),
            ("hull_repaired", hullRepaired), ("fleets_moved", fleetsMoved), ("jumps", jumps),
            ("fleets_merged", fleetsMerged), ("battles", battles), ("battles_won", battlesWon),
            ("battles_lost", battlesLost), ("retreats", retreats), ("invasions_attempted", invasionsAttempted),
            ("invasions_succeeded", invasionsSucceeded), ("blockades_active", blockadesActive),
            ("submitted", submitted ? 1 : 0), ("orders_submitted", ordersSubmitted),
            ("orders_completed", ordersCompleted), ("orders_in_progress", ordersInProgress),
            ("orders_failed", ordersFailed), ("standing_orders_followed", standingOrdersFollowed),
            ("prestige", prestige), ("prestige_change", prestigeChange), ("relations_war", relationsWar),
            ("relations_peace", relationsPeace), ("relations_nap", relationsNAP),
            ("relations_alliance", relationsAlliance), ("known_systems", knownSystems),
            ("detected_foreign_fleets", detectedForeignFleets),
        ]
    }
}
