/// Checks a house's submission against the state of the turn it is for and
/// reports every problem at once. Only what the house may know is used to
/// refuse an order: a target that is hidden from the house (say, a system
/// someone else colonized out of sight) is not an error here; the order just
/// fails during resolution. Names resolve only among what the house may name
/// (`OrderVocabulary`), so an error never tells hidden from nonexistent.
///
/// Build one validator per state and reuse it for every house.
public struct OrderValidator: Sendable {
    public let state: GameState
    let graph: StarGraph
    let pathfinder: Pathfinder
    let fleetsByID: [String: Fleet]
    let coloniesByID: [String: Colony]
    let housesByID: [String: House]
    let systemIDs: IDResolver
    /// System ids by lowercased name (a name may, in a hand-made map, be shared).
    let systemsByName: [String: [String]]
    let systemNames: [String: String]
    let systemCandidates: [NearMiss.Candidate]
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
        systemIDs = IDResolver(ids: state.systems.map(\.id))
        systemsByName = Dictionary(grouping: state.systems, by: { $0.name.lowercased() }).mapValues { $0.map(\.id).sorted() }
        systemNames = Dictionary(uniqueKeysWithValues: state.systems.map { ($0.id, $0.name) })
        systemCandidates = state.systems.map { NearMiss.Candidate(id: $0.id, label: $0.name, name: $0.name.lowercased()) }
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
        let vocabulary = OrderVocabulary(state: state, house: house.id, systemNames: systemNames)
        let fleets = validateFleetOrders(orders.fleetOrders, house: house, vocabulary: vocabulary, errors: &errors)
        let builds = validateBuilds(orders.builds, house: house, vocabulary: vocabulary, errors: &errors)
        let diplomacy = validateDiplomacy(orders.diplomacy, house: house, errors: &errors)
        guard errors.isEmpty else { return OrderValidation(errors: errors, resolved: nil) }
        return OrderValidation(
            errors: [],
            resolved: ResolvedOrders(houseID: houseID, fleetOrders: fleets, builds: builds, diplomacy: diplomacy)
        )
    }

    // MARK: Fleet orders

    func validateFleetOrders(
        _ lines: [FleetOrder], house: House, vocabulary: OrderVocabulary, errors: inout [OrderError]
    ) -> [ResolvedOrders.Fleet] {
        var resolved: [ResolvedOrders.Fleet] = []
        var firstLineOfFleet: [String: Int] = [:]
        var newNames: [String: Int] = [:]
        for (index, line) in lines.enumerated() {
            let path = "fleet_orders[\(index)]"
            let errorCount = errors.count
            let fleet = lookupFleet(line.fleet, path: "\(path).fleet", owner: house, vocabulary: vocabulary, errors: &errors, role: "fleet")
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
                    if let other = lookupFleet(
                        target, path: "\(path).target", owner: house, vocabulary: vocabulary, errors: &errors, role: "target fleet")
                    {
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
            } else if kind == .detach {
                command.ships = line.ships
                command.name = line.name
                if let fleet { checkDetach(line, fleet: fleet, index: index, newNames: &newNames, errors: &errors) }
                for (field, value) in [("to", line.to), ("target", line.target)] where value != nil {
                    errors.append(
                        OrderError(
                            code: .orderUnexpectedField, path: "\(path).\(field)", message: "detach takes no \"\(field)\"; give the new fleet its orders next turn"
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
            if kind != .detach {
                for (field, present) in [("ships", line.ships != nil), ("name", line.name != nil)] where present {
                    errors.append(
                        OrderError(
                            code: .orderUnexpectedField, path: "\(path).\(field)", message: "only detach takes \"\(field)\""
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
        case .hold, .move, .patrol, .join, .rendezvous, .detach:
            break
        }
    }

    /// A detach leaves at least one ship behind and takes only ships the fleet
    /// has; a name it gives is new among the house's fleets.
    func checkDetach(_ line: FleetOrder, fleet: Fleet, index: Int, newNames: inout [String: Int], errors: inout [OrderError]) {
        let path = "fleet_orders[\(index)]"
        if let ships = line.ships {
            var problems: [String] = []
            if ships.military < 0 || ships.spacelift < 0 { problems.append("counts cannot be negative") }
            if ships.total <= 0 { problems.append("it must take at least one ship") }
            for type in ShipType.allCases where ships.count(of: type) > fleet.count(of: type) {
                problems.append("fleet \(fleet.id) has \(fleet.count(of: type)) \(type.rawValue.lowercased()), not \(ships.count(of: type))")
            }
            if problems.isEmpty, ships.total >= fleet.ships.count {
                problems.append("it must leave at least one ship in fleet \(fleet.id), which has \(fleet.ships.count)")
            }
            if !problems.isEmpty {
                errors.append(OrderError(code: .orderBadDetach, path: "\(path).ships", message: "detach: " + problems.joined(separator: "; ")))
            }
        } else {
            errors.append(
                OrderError(
                    code: .orderBadDetach, path: "\(path).ships",
                    message: "detach needs \"ships\": how many of each class to split off, e.g. {\"military\": 2}"
                ))
        }
        guard let name = line.name else { return }
        let trimmed = FleetNames.trimmed(name)
        if trimmed.isEmpty || trimmed.count > FleetNames.maxLength || trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            errors.append(
                OrderError(
                    code: .orderBadFleetName, path: "\(path).name",
                    message: "a fleet name has 1 to \(FleetNames.maxLength) characters, no control characters"
                ))
        } else if state.fleets.contains(where: { $0.ownerHouseID == fleet.ownerHouseID && $0.name?.lowercased() == trimmed.lowercased() }) {
            errors.append(
                OrderError(
                    code: .orderFleetNameTaken, path: "\(path).name", message: "you already have a fleet called \"\(trimmed)\"; fleet names are unique per house"
                ))
        } else if let earlier = newNames[trimmed.lowercased()] {
            errors.append(
                OrderError(
                    code: .orderFleetNameTaken, path: "\(path).name", message: "fleet_orders[\(earlier)] already names a new fleet \"\(trimmed)\""
                ))
        } else {
            newNames[trimmed.lowercased()] = index
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

    func validateBuilds(_ lines: [BuildOrder], house: House, vocabulary: OrderVocabulary, errors: inout [OrderError]) -> [ResolvedOrders.Build] {
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
            let colony = lookupColony(line.colony, path: "\(path).colony", owner: house, vocabulary: vocabulary, errors: &errors)
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

    func lookupFleet(
        _ name: String, path: String, owner: House, vocabulary: OrderVocabulary, errors: inout [OrderError], role: String
    ) -> Fleet? {
        if let id = vocabulary.ownFleetByName[name.lowercased()], let fleet = fleetsByID[id] { return fleet }
        switch vocabulary.fleetIDs.resolve(name) {
        case .found(let id):
            guard let known = vocabulary.fleets[id] else { return nil }
            guard known.ownerHouseID == owner.id, let fleet = fleetsByID[id] else {
                let other = housesByID[known.ownerHouseID]?.name ?? known.ownerHouseID
                errors.append(
                    OrderError(
                        code: .orderForeignFleet, path: path, message: "\(role) \(id) is House \(other)'s, not House \(owner.name)'s"
                    ))
                return nil
            }
            return fleet
        case .ambiguous(let ids):
            errors.append(ambiguous(.orderAmbiguousFleet, path, name, ids))
        case .tooShort, .notFound:
            let suggestion = suggest(name, among: vocabulary.fleetCandidates, errors: errors)
            errors.append(
                OrderError(
                    code: .orderUnknownFleet, path: path,
                    message: "no fleet of yours or in your intel is \"\(name)\"\(prefixNote(name))\(suggestion)"
                ))
        }
        return nil
    }

    /// A system by its unique name, its id or an id prefix of at least 8 characters.
    func lookupSystem(_ name: String, path: String, errors: inout [OrderError]) -> String? {
        if let named = systemsByName[name.lowercased()] {
            if named.count == 1 { return named[0] }
            errors.append(
                OrderError(
                    code: .orderAmbiguousSystem, path: path,
                    message: "more than one system is called \"\(name)\" (\(named.prefix(3).joined(separator: ", "))); give its id"
                ))
            return nil
        }
        switch systemIDs.resolve(name) {
        case .found(let id): return id
        case .ambiguous(let ids): errors.append(ambiguous(.orderAmbiguousSystem, path, name, ids))
        case .tooShort, .notFound:
            let suggestion = suggest(name, among: systemCandidates, errors: errors)
            errors.append(
                OrderError(
                    code: .orderUnknownSystem, path: path,
                    message: "no system is called or has the id \"\(name)\"\(prefixNote(name))\(suggestion)"
                ))
        }
        return nil
    }

    /// A colony by its id or id prefix, or by its system (name or id).
    func lookupColony(_ name: String, path: String, owner: House, vocabulary: OrderVocabulary, errors: inout [OrderError]) -> Colony? {
        var found: String?
        switch vocabulary.colonyIDs.resolve(name) {
        case .found(let id): found = id
        case .ambiguous(let ids):
            errors.append(ambiguous(.buildAmbiguousColony, path, name, ids))
            return nil
        case .tooShort, .notFound:
            var scratch: [OrderError] = []
            if let system = lookupSystem(name, path: path, errors: &scratch) {
                found = vocabulary.colonyAtSystem[system]
            }
        }
        guard let id = found, let known = vocabulary.colonies[id] else {
            let suggestion = suggest(name, among: vocabulary.colonyCandidates, errors: errors)
            errors.append(
                OrderError(
                    code: .buildUnknownColony, path: path,
                    message: "no colony of yours or in your intel is \"\(name)\"\(prefixNote(name))\(suggestion)"
                ))
            return nil
        }
        guard known.ownerHouseID == owner.id, let colony = coloniesByID[id] else {
            errors.append(
                OrderError(
                    code: .buildForeignColony, path: path,
                    message: "colony \(id) belongs to another house; build only at your own colonies"
                ))
            return nil
        }
        return colony
    }

    /// " — did you mean <id> (<name>)?" for a unique near miss; nothing once a file has many errors,
    /// so a file full of bad names costs no more than a few comparisons each.
    func suggest(_ name: String, among candidates: [NearMiss.Candidate], errors: [OrderError]) -> String {
        guard errors.count < 100, let near = NearMiss.suggestion(for: name, among: candidates) else { return "" }
        return " — did you mean \(near.id)" + (near.label.map { " (\($0))" } ?? "") + "?"
    }

    /// Why a short fragment of an id finds nothing (said whether or not anything would match).
    func prefixNote(_ name: String) -> String {
        let idLike = name.unicodeScalars.allSatisfy { $0 == "-" || $0.properties.isASCIIHexDigit }
        guard idLike, !name.isEmpty, name.count < IDResolver.minimumPrefix else { return "" }
        return "; an id prefix needs at least \(IDResolver.minimumPrefix) characters"
    }

    func ambiguous(_ code: OrderError.Code, _ path: String, _ name: String, _ ids: [String]) -> OrderError {
        OrderError(
            code: code, path: path,
            message: "\"\(name)\" matches more than one id (\(ids.prefix(3).joined(separator: ", "))); give more characters"
        )
    }
}
