/// Checks a house's submission against the state of the turn it is for and
/// reports every problem at once. Only what the house may know is used to
/// refuse an order: a target that is hidden from the house (say, a system
/// someone else colonized out of sight) is not an error here; the order just
/// fails during resolution.
///
/// Build one validator per state and reuse it for every house.
public struct OrderValidator: Sendable {
    public let state: GameState
    let graph: StarGraph
    let pathfinder: Pathfinder
    let fleetsByID: [String: Fleet]
    let coloniesByID: [String: Colony]
    let housesByID: [String: House]
    let fleetIDs: IDResolver
    let systemIDs: IDResolver
    let colonyIDs: IDResolver
    let houseIDs: IDResolver
    /// Whether to check that each target can be reached. The resolver turns
    /// this off: movement itself fails an order whose route is gone.
    let checksRoutes: Bool

    public init(state: GameState) {
        self.init(state: state, checksRoutes: true)
    }

    init(state: GameState, checksRoutes: Bool) {
        self.checksRoutes = checksRoutes
        self.state = state
        graph = StarGraph(state: state)
        pathfinder = Pathfinder(graph: graph)
        fleetsByID = Dictionary(uniqueKeysWithValues: state.fleets.map { ($0.id, $0) })
        coloniesByID = Dictionary(uniqueKeysWithValues: state.colonies.map { ($0.id, $0) })
        housesByID = Dictionary(uniqueKeysWithValues: state.houses.map { ($0.id, $0) })
        fleetIDs = IDResolver(ids: state.fleets.map(\.id))
        systemIDs = IDResolver(ids: state.systems.map(\.id))
        colonyIDs = IDResolver(ids: state.colonies.map(\.id))
        houseIDs = IDResolver(ids: state.houses.map(\.id))
    }

    public static func validate(_ orders: Orders, house houseID: String, state: GameState) -> OrderValidation {
        OrderValidator(state: state).validate(orders, house: houseID)
    }

    public func validate(_ orders: Orders, house houseID: String) -> OrderValidation {
        var errors: [OrderError] = []
        guard let house = housesByID[houseID] else {
            return OrderValidation(
                errors: [
                    OrderError(
                        code: .submissionUnknownHouse, path: "house", message: "no house with id \(houseID) plays this game"
                    )
                ], resolved: nil)
        }
        if house.eliminated {
            errors.append(
                OrderError(
                    code: .submissionHouseEliminated, path: "house",
                    message: "House \(house.name) has been eliminated and can no longer give orders"
                ))
        }
        if state.game.phase != .active {
            errors.append(
                OrderError(
                    code: .submissionGameNotActive, path: "game",
                    message: "the game is \(state.game.phase.rawValue.lowercased()); it takes no more orders"
                ))
        }
        let fleets = validateFleetOrders(orders.fleetOrders, house: house, errors: &errors)
        let builds = validateBuilds(orders.builds, house: house, errors: &errors)
        let diplomacy = validateDiplomacy(orders.diplomacy, house: house, errors: &errors)
        guard errors.isEmpty else { return OrderValidation(errors: errors, resolved: nil) }
        return OrderValidation(
            errors: [],
            resolved: ResolvedOrders(houseID: houseID, fleetOrders: fleets, builds: builds, diplomacy: diplomacy)
        )
    }

    // MARK: Fleet orders

    func validateFleetOrders(_ lines: [FleetOrder], house: House, errors: inout [OrderError]) -> [ResolvedOrders.Fleet] {
        var resolved: [ResolvedOrders.Fleet] = []
        var firstLineOfFleet: [String: Int] = [:]
        for (index, line) in lines.enumerated() {
            let path = "fleet_orders[\(index)]"
            let errorCount = errors.count
            let fleet = lookupFleet(line.fleet, path: "\(path).fleet", owner: house, errors: &errors, role: "fleet")
            if let fleet {
                if let earlier = firstLineOfFleet[fleet.id] {
                    errors.append(
                        OrderError(
                            code: .orderDuplicateFleetOrder, path: "\(path).fleet",
                            message: "fleet \(fleet.id) already has an order at fleet_orders[\(earlier)]; give each fleet one order"
                        ))
                } else {
                    firstLineOfFleet[fleet.id] = index
                }
            }
            guard let kind = line.kind else {
                let known = FleetOrderKind.allCases.map(\.rawValue).joined(separator: ", ")
                errors.append(
                    OrderError(
                        code: .orderUnknownType, path: "\(path).order",
                        message: "\"\(line.order)\" is not a fleet order; use one of: \(known)"
                    ))
                continue
            }
            var command = FleetCommand(kind: kind)
            if kind.takesSystem {
                if let to = line.to {
                    command.targetSystemID = lookupSystem(to, path: "\(path).to", errors: &errors)
                } else if kind == .colonize {
                    command.targetSystemID = fleet?.locationSystemID
                } else {
                    errors.append(
                        OrderError(
                            code: .orderMissingTarget, path: "\(path).to",
                            message: "\(kind.rawValue) needs \"to\": the id of a system"
                        ))
                }
                if line.target != nil {
                    errors.append(
                        OrderError(
                            code: .orderUnexpectedField, path: "\(path).target",
                            message: "\(kind.rawValue) takes its system in \"to\", not \"target\""
                        ))
                }
            } else if kind == .join {
                if let target = line.target {
                    if let other = lookupFleet(target, path: "\(path).target", owner: house, errors: &errors, role: "target fleet") {
                        if other.id == fleet?.id {
                            errors.append(
                                OrderError(
                                    code: .orderJoinSelf, path: "\(path).target", message: "a fleet cannot join itself"
                                ))
                        }
                        command.targetFleetID = other.id
                    }
                } else {
                    errors.append(
                        OrderError(
                            code: .orderMissingTarget, path: "\(path).target",
                            message: "join needs \"target\": the id of another fleet of yours"
                        ))
                }
                if line.to != nil {
                    errors.append(
                        OrderError(
                            code: .orderUnexpectedField, path: "\(path).to",
                            message: "join takes the fleet to join in \"target\", not \"to\""
                        ))
                }
            } else {
                for (field, value) in [("to", line.to), ("target", line.target)] where value != nil {
                    errors.append(
                        OrderError(
                            code: .orderUnexpectedField, path: "\(path).\(field)", message: "hold takes no \"\(field)\""
                        ))
                }
            }
            if let fleet {
                checkCapability(kind, fleet: fleet, path: path, errors: &errors)
                if checksRoutes { checkReachable(command, fleet: fleet, path: path, errors: &errors) }
            }
            if errors.count == errorCount, let fleet {
                resolved.append(.init(index: index, fleetID: fleet.id, command: command))
            }
        }
        return resolved
    }

    func checkCapability(_ kind: FleetOrderKind, fleet: Fleet, path: String, errors: inout [OrderError]) {
        switch kind {
        case .colonize, .invade:
            if !fleet.hasSpacelift {
                errors.append(
                    OrderError(
                        code: .orderNoSpacelift, path: "\(path).order",
                        message: "\(kind.rawValue) needs a Spacelift ship, and fleet \(fleet.id) has none"
                    ))
            }
        case .blockade:
            if !fleet.hasMilitary {
                errors.append(
                    OrderError(
                        code: .orderNoMilitary, path: "\(path).order",
                        message: "blockade needs a Military ship, and fleet \(fleet.id) has none"
                    ))
            }
        case .hold, .move, .patrol, .join, .rendezvous:
            break
        }
    }

    func checkReachable(_ command: FleetCommand, fleet: Fleet, path: String, errors: inout [OrderError]) {
        let destination: String?
        let field: String
        if let system = command.targetSystemID {
            destination = system
            field = "to"
        } else if let other = command.targetFleetID, let target = fleetsByID[other] {
            destination = target.locationSystemID
            field = "target"
        } else {
            return
        }
        guard let destination else { return }
        if pathfinder.path(from: fleet.locationSystemID, to: destination, allowRestricted: fleet.mayUseRestrictedLanes) == nil {
            let why = fleet.mayUseRestrictedLanes ? "" : " (fleets with Spacelift or damaged ships cannot use Restricted lanes)"
            errors.append(
                OrderError(
                    code: .orderUnreachableTarget, path: "\(path).\(field)",
                    message: "fleet \(fleet.id) has no lane route from its system to \(destination)\(why)"
                ))
        }
    }

    // MARK: Builds

    func validateBuilds(_ lines: [BuildOrder], house: House, errors: inout [OrderError]) -> [ResolvedOrders.Build] {
        var resolved: [ResolvedOrders.Build] = []
        let config = state.config
        let funds = Economy.fundsAfterIncome(of: house.id, in: state)
        var spent = 0
        var overspentReported = false
        var addedStarbase: [String: Int] = [:]
        var addedDefenses: [String: Int] = [:]
        for (index, line) in lines.enumerated() {
            let path = "builds[\(index)]"
            let errorCount = errors.count
            var colony: Colony?
            switch colonyIDs.resolve(line.colony) {
            case .found(let id):
                colony = coloniesByID[id]
                if colony?.ownerHouseID != house.id {
                    errors.append(
                        OrderError(
                            code: .buildForeignColony, path: "\(path).colony",
                            message: "colony \(id) belongs to another house; build only at your own colonies"
                        ))
                    colony = nil
                }
            case .ambiguous(let ids):
                errors.append(ambiguous(.buildAmbiguousColony, "\(path).colony", line.colony, ids))
            case .tooShort:
                errors.append(tooShort(.buildUnknownColony, "\(path).colony", line.colony, "colony"))
            case .notFound:
                errors.append(
                    OrderError(
                        code: .buildUnknownColony, path: "\(path).colony", message: "no colony has the id \"\(line.colony)\""
                    ))
            }
            let item = line.buildItem
            if item == nil {
                let known = BuildItem.allCases.map(\.rawValue).joined(separator: ", ")
                errors.append(
                    OrderError(
                        code: .buildUnknownItem, path: "\(path).item",
                        message: "\"\(line.item)\" cannot be built; use one of: \(known)"
                    ))
            }
            if !(1...config.maxBuildQuantity).contains(line.quantity) {
                errors.append(
                    OrderError(
                        code: .buildBadQuantity, path: "\(path).quantity",
                        message: "quantity must be between 1 and \(config.maxBuildQuantity), got \(line.quantity)"
                    ))
            }
            guard let item, let colony, errors.count == errorCount else { continue }
            switch item {
            case .starbase:
                let level = colony.starbaseLevel + addedStarbase[colony.id, default: 0] + line.quantity
                if level > config.maxStarbaseLevel {
                    errors.append(
                        OrderError(
                            code: .buildStarbaseLimit, path: "\(path).quantity",
                            message: "a starbase has at most \(config.maxStarbaseLevel) levels; this would make \(level)"
                        ))
                }
                addedStarbase[colony.id, default: 0] += line.quantity
            case .defenses:
                let level = colony.defenses + addedDefenses[colony.id, default: 0] + line.quantity
                if level > config.maxDefenses {
                    errors.append(
                        OrderError(
                            code: .buildDefensesLimit, path: "\(path).quantity",
                            message: "a colony has at most \(config.maxDefenses) levels of defences; this would make \(level)"
                        ))
                }
                addedDefenses[colony.id, default: 0] += line.quantity
            case .military, .spacelift:
                if colony.underSiege {
                    errors.append(
                        OrderError(
                            code: .buildColonyUnderSiege, path: "\(path).colony",
                            message: "colony \(colony.id) is under siege and cannot launch ships"
                        ))
                }
            case .industry:
                break
            }
            let cost = item.unitCost(config) * line.quantity
            spent += cost
            if spent > funds, !overspentReported {
                overspentReported = true
                errors.append(
                    OrderError(
                        code: .buildInsufficientTreasury, path: path,
                        message: "builds up to here cost \(spent), but the treasury will hold \(max(funds, 0)) after this turn's income and upkeep"
                    ))
            }
            if errors.count == errorCount {
                resolved.append(.init(index: index, colonyID: colony.id, item: item, quantity: line.quantity, cost: cost))
            }
        }
        return resolved
    }

    // MARK: Diplomacy

    func validateDiplomacy(_ lines: [DiplomacyOrder], house: House, errors: inout [OrderError]) -> [ResolvedOrders.Proposal] {
        var resolved: [ResolvedOrders.Proposal] = []
        var seen: [String: Int] = [:]
        for (index, line) in lines.enumerated() {
            let path = "diplomacy[\(index)]"
            let errorCount = errors.count
            var other: House?
            if let bySlug = state.houses.first(where: { $0.slug == line.house.lowercased() }) {
                other = bySlug
            } else {
                switch houseIDs.resolve(line.house) {
                case .found(let id): other = housesByID[id]
                case .ambiguous(let ids): errors.append(ambiguous(.diplomacyAmbiguousHouse, "\(path).house", line.house, ids))
                case .tooShort, .notFound:
                    errors.append(
                        OrderError(
                            code: .diplomacyUnknownHouse, path: "\(path).house",
                            message: "no house is called \"\(line.house)\"; name it by slug (e.g. \"beta\") or id"
                        ))
                }
            }
            if let target = other {
                if target.id == house.id {
                    errors.append(OrderError(code: .diplomacySelf, path: "\(path).house", message: "a house cannot make a treaty with itself"))
                } else if target.eliminated {
                    errors.append(
                        OrderError(
                            code: .diplomacyEliminatedHouse, path: "\(path).house", message: "House \(target.name) has been eliminated"
                        ))
                } else if let earlier = seen[target.id] {
                    errors.append(
                        OrderError(
                            code: .diplomacyDuplicateHouse, path: "\(path).house",
                            message: "House \(target.name) is already addressed at diplomacy[\(earlier)]; one proposal per house"
                        ))
                } else {
                    seen[target.id] = index
                }
            }
            let relation = line.relation
            if relation == nil {
                errors.append(
                    OrderError(
                        code: .diplomacyUnknownProposal, path: "\(path).propose",
                        message: "\"\(line.propose)\" is not a relation; use one of: war, peace, nap, alliance"
                    ))
            }
            if let relation, let other, errors.count == errorCount {
                resolved.append(.init(index: index, houseID: other.id, relation: relation))
            }
        }
        return resolved
    }

    // MARK: Lookups

    func lookupFleet(_ name: String, path: String, owner: House, errors: inout [OrderError], role: String) -> Fleet? {
        switch fleetIDs.resolve(name) {
        case .found(let id):
            guard let fleet = fleetsByID[id] else { return nil }
            guard fleet.ownerHouseID == owner.id else {
                errors.append(
                    OrderError(
                        code: .orderForeignFleet, path: path, message: "\(role) \(id) does not belong to House \(owner.name)"
                    ))
                return nil
            }
            return fleet
        case .ambiguous(let ids):
            errors.append(ambiguous(.orderAmbiguousFleet, path, name, ids))
        case .tooShort:
            errors.append(tooShort(.orderUnknownFleet, path, name, "fleet"))
        case .notFound:
            errors.append(OrderError(code: .orderUnknownFleet, path: path, message: "no fleet has the id \"\(name)\""))
        }
        return nil
    }

    func lookupSystem(_ name: String, path: String, errors: inout [OrderError]) -> String? {
        switch systemIDs.resolve(name) {
        case .found(let id): return id
        case .ambiguous(let ids): errors.append(ambiguous(.orderAmbiguousSystem, path, name, ids))
        case .tooShort: errors.append(tooShort(.orderUnknownSystem, path, name, "system"))
        case .notFound:
            errors.append(OrderError(code: .orderUnknownSystem, path: path, message: "no system has the id \"\(name)\""))
        }
        return nil
    }

    func ambiguous(_ code: OrderError.Code, _ path: String, _ name: String, _ ids: [String]) -> OrderError {
        OrderError(
            code: code, path: path,
            message: "\"\(name)\" matches more than one id (\(ids.prefix(3).joined(separator: ", "))); give more characters"
        )
    }

    func tooShort(_ code: OrderError.Code, _ path: String, _ name: String, _ what: String) -> OrderError {
        OrderError(
            code: code, path: path,
            message: "\"\(name)\" is not a \(what) id; an id prefix needs at least \(IDResolver.minimumPrefix) characters"
        )
    }
}
