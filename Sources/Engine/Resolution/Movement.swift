extension TurnWorkspace {
    /// Where the fleet's command sends it this turn, if anywhere.
    func destination(of fleetID: String) -> String? {
        guard let command = commands[fleetID]?.command else { return nil }
        switch command.kind {
        case .hold, .detach: return nil
        case .join:
            guard let target = command.targetFleetID, let location = startLocation[target], fleets[target] != nil else { return nil }
            return location
        case .move, .patrol, .colonize, .rendezvous, .blockade, .invade:
            return command.targetSystemID
        }
    }

    /// Every fleet with somewhere to go takes one jump along its A* path, or
    /// two when both lanes are Major and the system in between holds one of
    /// its own colonies. Movement is simultaneous: fleets do not stop each
    /// other on the way; they meet where they end up.
    func moveFleets() {
        let coloniesAtStart = colonyIDAtSystem
        for fleetID in sortedFleetIDs() {
            guard let assigned = commands[fleetID], assigned.command.kind != .hold, let fleet = fleets[fleetID] else { continue }
            if assigned.command.kind == .join, destination(of: fleetID) == nil {
                fail(fleetID, "the fleet to join no longer exists", phase: .command)
                continue
            }
            guard let goal = destination(of: fleetID), goal != fleet.locationSystemID else {
                if assigned.command.kind == .move { settle(fleetID, .completed) }
                continue
            }
            guard let path = path(for: fleet, to: goal), path.count >= 2 else {
                fail(fleetID, "no lane route leads to \(systemName(goal)) for this fleet", phase: .command)
                continue
            }
            var steps = 1
            if path.count >= 3, graph.lane(path[0], path[1]) == .major, graph.lane(path[1], path[2]) == .major,
                let colonyID = coloniesAtStart[path[1]], colonies[colonyID]?.ownerHouseID == fleet.ownerHouseID
            {
                steps = 2
            }
            let from = fleet.locationSystemID
            let to = path[steps]
            relocate(fleetID, to: to)
            metrics[fleet.ownerHouseID]?.fleetsMoved += 1
            metrics[fleet.ownerHouseID]?.jumps += steps
            let arrived = to == goal
            emit(
                TurnEvent(
                    phase: .command, type: .fleetMoved, houseID: fleet.ownerHouseID, fleetID: fleetID, systemID: to,
                    orderType: assigned.command.kind.rawValue,
                    description: "\(fleetName(fleet)) jumped from \(systemName(from)) to \(systemName(to))" + (arrived ? ", its destination" : ""),
                    data: [
                        "from": .string(from), "to": .string(to), "jumps": .int(steps), "destination": .string(goal),
                        "arrived": .bool(arrived),
                    ],
                    visibility: .actor
                ))
            if assigned.command.kind == .move {
                settle(fleetID, arrived ? .completed : .inProgress)
            } else {
                settle(fleetID, .inProgress)
            }
        }
    }
}
