internal import Engine

/// What each of a house's fleets may be told this turn: the order kinds that
/// apply to it, and the systems a `move` order gets it to by the end of the
/// turn. Movement is simulated exactly as the resolver does it (A* path, one
/// jump, or two over two major lanes through an own colony; restricted lanes
/// only for fleets of undamaged military ships), so a direct minor lane whose
/// cheapest path goes around does not count as one turn away.
struct FleetMoves {
    struct Destination: Equatable {
        var systemID: String
        /// The lane crossed, for a single jump.
        var lane: LaneType?
        /// The system passed through, for a double jump.
        var via: String?
    }

    let graph: StarGraph
    let pathfinder: Pathfinder
    /// Systems holding a colony of the house whose fleets these are.
    let ownColonySystems: Set<String>
    /// The house's fleets, for `join`.
    let ownFleets: [Fleet]

    init(state: GameState, graph: StarGraph, houseID: String) {
        self.graph = graph
        pathfinder = Pathfinder(graph: graph)
        ownColonySystems = Set(state.colonies.filter { $0.ownerHouseID == houseID }.map(\.systemID))
        ownFleets = state.fleets.filter { $0.ownerHouseID == houseID }
    }

    /// The order kinds every fleet may take; a view lists only the others.
    static let alwaysAllowed: Set<FleetOrderKind> = [.hold, .move, .patrol, .rendezvous]

    /// Where a move order ends this turn, sorted by system id.
    func destinations(of fleet: Fleet) -> [Destination] {
        destinations(from: fleet.locationSystemID, restricted: fleet.mayUseRestrictedLanes)
    }

    /// Where a move order ends this turn for a fleet at `start` that may
    /// (or may not) use restricted lanes, sorted by system id.
    func destinations(from start: String, restricted: Bool) -> [Destination] {
        var candidates = Set<String>()
        for edge in graph.neighbours(of: start) where restricted || edge.type != .restricted {
            candidates.insert(edge.to)
            guard edge.type == .major, ownColonySystems.contains(edge.to) else { continue }
            for second in graph.neighbours(of: edge.to) where second.type == .major { candidates.insert(second.to) }
        }
        candidates.remove(start)
        var result: [Destination] = []
        for goal in candidates.sorted() {
            guard let path = pathfinder.path(from: start, to: goal, allowRestricted: restricted) else { continue }
            switch path.count {
            case 2:
                result.append(Destination(systemID: goal, lane: graph.lane(path[0], path[1])))
            case 3
            where graph.lane(path[0], path[1]) == .major && graph.lane(path[1], path[2]) == .major
                && ownColonySystems.contains(path[1]):
                result.append(Destination(systemID: goal, via: path[1]))
            default:
                continue
            }
        }
        return result
    }

    /// The order kinds the validator accepts for this fleet, in the order of `FleetOrderKind`.
    func orderKinds(of fleet: Fleet) -> [FleetOrderKind] {
        FleetOrderKind.allCases.filter { kind in
            switch kind {
            case .hold, .move, .patrol, .rendezvous: true
            case .colonize, .invade: fleet.hasSpacelift
            case .blockade: fleet.hasMilitary
            case .join: canJoin(fleet)
            case .detach: fleet.ships.count > 1
            }
        }
    }

    /// Whether another fleet of the house stands somewhere this fleet can reach.
    private func canJoin(_ fleet: Fleet) -> Bool {
        let others = ownFleets.filter { $0.id != fleet.id }
        guard !others.isEmpty else { return false }
        if others.contains(where: { $0.locationSystemID == fleet.locationSystemID }) { return true }
        let reach = pathfinder.distances(from: fleet.locationSystemID, allowRestricted: fleet.mayUseRestrictedLanes)
        return others.contains { reach[$0.locationSystemID] != nil }
    }
}
