/// Resolves one turn: Income → Command → Conflict → Maintenance (RULES.md).
///
/// Pure: the result depends only on the state (which carries the seed and
/// the config) and the submissions. Submissions are re-validated here; an
/// invalid one is dropped whole (the house then follows its standing orders),
/// and houses that are unknown or eliminated are ignored.
public enum TurnResolver {
    public static func resolve(state: GameState, submissions: [String: Orders]) throws(ResolutionError) -> TurnResult {
        let validator = OrderValidator(state: state, checksRoutes: false)
        var resolved: [String: ResolvedOrders] = [:]
        var rejected: [String: [OrderError]] = [:]
        for houseID in submissions.keys.sorted() {
            guard let orders = submissions[houseID] else { continue }
            let validation = validator.validate(orders, house: houseID)
            if let orders = validation.resolved { resolved[houseID] = orders } else { rejected[houseID] = validation.errors }
        }
        return try resolve(state: state, orders: resolved, rejected: rejected)
    }

    /// Resolves the turn from orders already validated against this state
    /// (the orders in force the database keeps).
    ///
    /// - Parameter rejected: houses whose orders could not be used, with why;
    ///   each gets an event, and its fleets follow their standing orders.
    public static func resolve(
        state: GameState, orders: [String: ResolvedOrders], rejected: [String: [OrderError]] = [:]
    ) throws(ResolutionError) -> TurnResult {
        guard state.game.phase == .active else {
            throw ResolutionError(
                code: .gameNotActive,
                message: "the game is \(state.game.phase.rawValue.lowercased()); there is no turn to resolve"
            )
        }
        let workspace = TurnWorkspace(state: state)
        accept(orders, rejected: rejected, into: workspace)
        workspace.assignCommands()

        workspace.runIncomePhase()
        workspace.runCommandPhase()
        workspace.runConflictPhase()
        workspace.runMaintenancePhase()

        var newState = workspace.makeState()
        let intelUpdates = IntelUpdater.update(&newState)
        let outcomes = workspace.allOutcomes()
        let metrics = workspace.finishMetrics(newState: newState, outcomes: outcomes)
        let deltas = DeltaBuilder.deltas(from: state, to: newState)
        return TurnResult(
            resolvedTurn: state.game.turn, state: newState, events: workspace.events, deltas: deltas,
            intelUpdates: intelUpdates, metrics: metrics, orderOutcomes: outcomes,
            stateHash: StateHash.of(newState)
        )
    }

    static func accept(_ orders: [String: ResolvedOrders], rejected: [String: [OrderError]], into workspace: TurnWorkspace) {
        for houseID in Set(orders.keys).union(rejected.keys).sorted() {
            guard let house = workspace.houses[houseID], !house.eliminated else { continue }
            guard let resolved = orders[houseID], rejected[houseID] == nil else {
                let errors = rejected[houseID] ?? []
                let reason = errors.isEmpty ? "no readable orders" : errors.map(\.description).joined(separator: "; ")
                workspace.emit(
                    TurnEvent(
                        phase: .command, type: .ordersRejected, houseID: houseID,
                        description: "House \(house.name)'s orders were rejected (\(reason)); its standing orders apply",
                        reason: reason,
                        data: ["errors": .strings(errors.map(\.code.rawValue))], visibility: .actor
                    ))
                continue
            }
            workspace.submitted[houseID] = resolved
            workspace.metrics[houseID]?.submitted = true
            workspace.metrics[houseID]?.ordersSubmitted =
                resolved.fleetOrders.count + resolved.builds.count + resolved.diplomacy.count
        }
    }
}

extension TurnWorkspace {
    /// Each fleet follows its new order, else its standing order, else holds.
    func assignCommands() {
        var given: [String: ResolvedOrders.Fleet] = [:]
        for orders in submitted.values {
            for line in orders.fleetOrders { given[line.fleetID] = line }
        }
        for fleetID in sortedFleetIDs() {
            guard let fleet = fleets[fleetID] else { continue }
            if let line = given[fleetID], line.command.kind == .detach {
                // A detach splits ships off; the rest of the fleet carries on as if it had no new order.
                detachments[fleetID] = line
                if let standing = fleet.standingOrder {
                    commands[fleetID] = AssignedCommand(command: standing, index: nil, houseID: fleet.ownerHouseID)
                    metrics[fleet.ownerHouseID]?.standingOrdersFollowed += 1
                }
            } else if let line = given[fleetID] {
                commands[fleetID] = AssignedCommand(command: line.command, index: line.index, houseID: fleet.ownerHouseID)
                fleets[fleetID]?.standingOrder = line.command.kind == .hold ? nil : line.command
            } else if let standing = fleet.standingOrder {
                commands[fleetID] = AssignedCommand(command: standing, index: nil, houseID: fleet.ownerHouseID)
                metrics[fleet.ownerHouseID]?.standingOrdersFollowed += 1
            }
        }
        for (fleetID, assigned) in commands where assigned.command.kind == .hold {
            settle(fleetID, .completed)
        }
    }

    func allOutcomes() -> [OrderOutcome] {
        // By house, then category, then submission index (standing orders last, by fleet id).
        var byHouse: [String: [OrderOutcome]] = [:]
        for outcome in otherOutcomes { byHouse[outcome.houseID, default: []].append(outcome) }
        for fleetID in outcomes.keys.sorted() {
            let outcome = outcomes[fleetID]!
            byHouse[outcome.houseID, default: []].append(outcome)
        }
        let categories: [OrderOutcome.Category: Int] = [.build: 0, .diplomacy: 1, .fleet: 2]
        return byHouse.keys.sorted().flatMap { house in
            byHouse[house]!.enumerated().sorted { a, b in
                let (x, y) = (a.element, b.element)
                if x.category != y.category { return categories[x.category]! < categories[y.category]! }
                if x.index != y.index { return (x.index ?? Int.max) < (y.index ?? Int.max) }
                return a.offset < b.offset
            }.map(\.element)
        }
    }

    /// The workspace back as a state, every array in canonical order.
    func makeState() -> GameState {
        GameState(
            game: game, config: config,
            houses: houses.values.map { $0 }, systems: systems.values.map { $0 }, lanes: original.lanes,
            colonies: colonies.values.map { $0 }, fleets: fleets.values.map { $0 },
            diplomacy: relations.values.map { $0 }, proposals: proposals, intel: original.intel
        )
    }
}
