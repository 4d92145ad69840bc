/// The mutable scratchpad of one turn's resolution: entities in
/// dictionaries keyed by id for quick lookups, plus everything the turn
/// produces (events, outcomes, metrics). Every loop that can decide an
/// outcome walks ids in sorted order, never dictionary order.
final class TurnWorkspace {
    let original: GameState
    let config: GameConfig
    let dice: GameDice
    let turn: Int
    let graph: StarGraph
    let pathfinder: Pathfinder
    let houseIDs: [String]

    var game: GameInfo
    var houses: [String: House]
    var systems: [String: StarSystem]
    var colonies: [String: Colony]
    var colonyIDAtSystem: [String: String]
    var fleets: [String: Fleet]
    var fleetIDsAtSystem: [String: Set<String>]
    var relations: [String: Diplomacy]
    var proposals: [DiplomaticProposal]
    var ids: IDGenerator

    /// Where each fleet stood when the turn began.
    let startLocation: [String: String]
    /// The command each fleet follows this turn, with where it came from.
    var commands: [String: AssignedCommand] = [:]
    var outcomes: [String: OrderOutcome] = [:]
    var submitted: [String: ResolvedOrders] = [:]
    /// Detach orders of this turn, by fleet id; carried out before fleets move.
    var detachments: [String: ResolvedOrders.Fleet] = [:]
    var queuedBuilds: [QueuedBuild] = []
    var events: [TurnEvent] = []
    var otherOutcomes: [OrderOutcome] = []
    var metrics: [String: HouseMetrics] = [:]
    var pathCache: [String: [String]?] = [:]

    struct AssignedCommand {
        var command: FleetCommand
        /// Index in the house's submission; nil for a standing order.
        var index: Int?
        var houseID: String
    }

    struct QueuedBuild {
        var houseID: String
        var colonyID: String
        var item: BuildItem
        var quantity: Int
        var index: Int
    }

    init(state: GameState) {
        original = state
        config = state.config
        dice = state.game.dice
        turn = state.game.turn
        game = state.game
        graph = StarGraph(state: state)
        pathfinder = Pathfinder(graph: graph)
        houseIDs = state.houses.map(\.id)
        houses = Dictionary(uniqueKeysWithValues: state.houses.map { ($0.id, $0) })
        systems = Dictionary(uniqueKeysWithValues: state.systems.map { ($0.id, $0) })
        colonies = Dictionary(uniqueKeysWithValues: state.colonies.map { ($0.id, $0) })
        colonyIDAtSystem = Dictionary(uniqueKeysWithValues: state.colonies.map { ($0.systemID, $0.id) })
        fleets = Dictionary(uniqueKeysWithValues: state.fleets.map { ($0.id, $0) })
        var at: [String: Set<String>] = [:]
        for fleet in state.fleets { at[fleet.locationSystemID, default: []].insert(fleet.id) }
        fleetIDsAtSystem = at
        relations = Dictionary(uniqueKeysWithValues: state.diplomacy.map { (Self.pairKey($0.houseA, $0.houseB), $0) })
        proposals = state.proposals
        ids = state.game.dice.ids("ids/turn/\(state.game.turn)")
        startLocation = Dictionary(uniqueKeysWithValues: state.fleets.map { ($0.id, $0.locationSystemID) })
        let act = 1 + (state.game.turn - 1) / max(1, state.config.turnsPerAct)
        for house in state.houses {
            metrics[house.id] = HouseMetrics(houseID: house.id, turn: state.game.turn, act: act, eliminated: house.eliminated)
        }
    }

    // MARK: Lookups

    static func pairKey(_ a: String, _ b: String) -> String { a < b ? "\(a)|\(b)" : "\(b)|\(a)" }

    func relation(_ a: String, _ b: String) -> DiplomaticRelation {
        relations[Self.pairKey(a, b)]?.relation ?? config.defaultRelation
    }

    func atWar(_ a: String, _ b: String) -> Bool { a != b && relation(a, b) == .war }

    func allied(_ a: String, _ b: String) -> Bool { a != b && relation(a, b) == .alliance }

    func colony(at systemID: String) -> Colony? { colonyIDAtSystem[systemID].flatMap { colonies[$0] } }

    func sortedFleetIDs() -> [String] { fleets.keys.sorted() }

    func fleetIDs(at systemID: String) -> [String] { (fleetIDsAtSystem[systemID] ?? []).sorted() }

    /// Houses with a fleet or a colony in the system, sorted.
    func housesPresent(at systemID: String) -> [String] {
        var present = Set((fleetIDsAtSystem[systemID] ?? []).compactMap { fleets[$0]?.ownerHouseID })
        if let owner = colony(at: systemID)?.ownerHouseID { present.insert(owner) }
        return present.sorted()
    }

    func systemName(_ id: String) -> String { systems[id]?.name ?? id }
    func houseName(_ id: String) -> String { houses[id]?.name ?? id }
    func fleetName(_ fleet: Fleet) -> String { fleet.name.map { "\($0) (\(fleet.id.prefix(8)))" } ?? "fleet \(fleet.id.prefix(8))" }

    func path(for fleet: Fleet, to goal: String) -> [String]? {
        let allow = fleet.mayUseRestrictedLanes
        let key = "\(fleet.locationSystemID)|\(goal)|\(allow)"
        if let cached = pathCache[key] { return cached }
        let found = pathfinder.path(from: fleet.locationSystemID, to: goal, allowRestricted: allow)
        pathCache[key] = found
        return found
    }

    // MARK: Changes

    func relocate(_ fleetID: String, to systemID: String) {
        guard let from = fleets[fleetID]?.locationSystemID else { return }
        fleetIDsAtSystem[from]?.remove(fleetID)
        fleets[fleetID]?.locationSystemID = systemID
        fleetIDsAtSystem[systemID, default: []].insert(fleetID)
    }

    func removeFleet(_ fleetID: String) {
        guard let fleet = fleets.removeValue(forKey: fleetID) else { return }
        fleetIDsAtSystem[fleet.locationSystemID]?.remove(fleetID)
    }

    /// `base`, or the first free numbered variant of it among `houseID`'s fleets.
    func uniqueFleetName(_ base: String, house houseID: String) -> String {
        let taken = Set(fleets.values.filter { $0.ownerHouseID == houseID }.compactMap { $0.name?.lowercased() })
        return FleetNames.unique(base, taken: taken)
    }

    func addFleet(_ fleet: Fleet) {
        fleets[fleet.id] = fleet
        fleetIDsAtSystem[fleet.locationSystemID, default: []].insert(fleet.id)
    }

    func setOwner(ofColony colonyID: String, to houseID: String) {
        guard let systemID = colonies[colonyID]?.systemID else { return }
        colonies[colonyID]?.ownerHouseID = houseID
        systems[systemID]?.ownerHouseID = houseID
    }

    func addColony(_ colony: Colony) {
        colonies[colony.id] = colony
        colonyIDAtSystem[colony.systemID] = colony.id
        systems[colony.systemID]?.ownerHouseID = colony.ownerHouseID
    }

    func adjustPrestige(_ houseID: String, by amount: Int) {
        guard amount != 0 else { return }
        houses[houseID]?.prestige += amount
        metrics[houseID]?.prestigeChange += amount
    }

    func emit(_ event: TurnEvent) { events.append(event) }

    /// Records the fate of the fleet's command this turn (the last word wins).
    func settle(_ fleetID: String, _ status: OrderOutcome.Status, reason: String? = nil, clearStanding: Bool? = nil) {
        guard let assigned = commands[fleetID] else { return }
        outcomes[fleetID] = OrderOutcome(
            houseID: assigned.houseID, category: .fleet, index: assigned.index, fleetID: fleetID,
            entityID: assigned.command.targetSystemID ?? assigned.command.targetFleetID,
            orderType: assigned.command.kind.rawValue, status: status, reason: reason
        )
        if clearStanding ?? (status != .inProgress) { fleets[fleetID]?.standingOrder = nil }
    }

    func fail(_ fleetID: String, _ reason: String, phase: TurnPhase) {
        guard let fleet = fleets[fleetID], let assigned = commands[fleetID] else { return }
        settle(fleetID, .failed, reason: reason)
        emit(
            TurnEvent(
                phase: phase, type: .orderFailed, houseID: fleet.ownerHouseID, fleetID: fleetID,
                systemID: fleet.locationSystemID, orderType: assigned.command.kind.rawValue,
                description: "\(fleetName(fleet)): \(assigned.command.kind.rawValue) order failed: \(reason)", reason: reason,
                visibility: .actor
            ))
    }
}
