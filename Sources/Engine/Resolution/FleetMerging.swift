extension TurnWorkspace {
    /// A fleet ordered to join another merges into it once both stand in the
    /// same system. Chains (A joins B, B joins C) end up in C; a fleet never
    /// merges into itself.
    func resolveJoins() {
        var mergedInto: [String: String] = [:]
        func current(_ id: String) -> String {
            var id = id
            while let next = mergedInto[id] { id = next }
            return id
        }
        for fleetID in sortedFleetIDs() {
            guard let assigned = commands[fleetID], assigned.command.kind == .join,
                let targetID = assigned.command.targetFleetID, let fleet = fleets[fleetID]
            else { continue }
            let target = current(targetID)
            guard let host = fleets[target], host.ownerHouseID == fleet.ownerHouseID else {
                fail(fleetID, "the fleet to join no longer exists", phase: .command)
                continue
            }
            if target == fleetID {
                fail(fleetID, "the joins form a circle back to this fleet", phase: .command)
                continue
            }
            guard host.locationSystemID == fleet.locationSystemID else {
                settle(fleetID, .inProgress)
                continue
            }
            settle(fleetID, .completed)
            merge(fleetID, into: target)
            mergedInto[fleetID] = target
            emit(
                TurnEvent(
                    phase: .command, type: .fleetJoined, houseID: fleet.ownerHouseID, fleetID: target,
                    systemID: host.locationSystemID, orderType: "join",
                    description: "\(fleetName(fleet)) joined \(fleetName(host))",
                    data: ["joined_fleet": .string(fleetID), "ships": .int(fleet.ships.count)], visibility: .actor
                ))
        }
    }

    /// Fleets of one house with a rendezvous at the same system merge, once
    /// there, into the one with the smallest id; they keep the order, so late
    /// arrivals merge too.
    func resolveRendezvous() {
        var groups: [String: [String]] = [:]
        for fleetID in sortedFleetIDs() {
            guard let assigned = commands[fleetID], assigned.command.kind == .rendezvous,
                let target = assigned.command.targetSystemID, let fleet = fleets[fleetID]
            else { continue }
            if fleet.locationSystemID == target {
                groups["\(fleet.ownerHouseID)|\(target)", default: []].append(fleetID)
                settle(fleetID, .completed, clearStanding: false)
            }
        }
        for key in groups.keys.sorted() {
            let members = groups[key]!.sorted()
            guard members.count >= 2 else { continue }
            let host = members[0]
            let guests = members.dropFirst().compactMap { fleets[$0].map(fleetName) }
            for guest in members.dropFirst() { merge(guest, into: host) }
            let fleet = fleets[host]!
            emit(
                TurnEvent(
                    phase: .command, type: .fleetsMerged, houseID: fleet.ownerHouseID, fleetID: host,
                    systemID: fleet.locationSystemID, orderType: "rendezvous",
                    description: "\(members.count) fleets met at \(systemName(fleet.locationSystemID)) and merged into \(fleetName(fleet)): " + guests.joined(separator: ", ")
                        + " joined it",
                    data: ["merged_fleets": .strings(Array(members.dropFirst())), "ships": .int(fleet.ships.count)],
                    visibility: .actor
                ))
        }
    }

    func merge(_ guestID: String, into hostID: String) {
        guard let guest = fleets[guestID], fleets[hostID] != nil else { return }
        fleets[hostID]!.ships.append(contentsOf: guest.ships)
        fleets[hostID]!.ships.sort { $0.id < $1.id }
        removeFleet(guestID)
        metrics[guest.ownerHouseID]?.fleetsMerged += 1
    }
}
