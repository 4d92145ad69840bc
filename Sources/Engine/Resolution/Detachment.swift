extension TurnWorkspace {
    /// Each detach order forms a new fleet at its fleet's place from the
    /// soundest ships of each class asked for (most hull points first, then
    /// by id), named as ordered or "<fleet> detachment", unique in the house.
    /// The new fleet holds until it gets orders; the old one keeps its own.
    func resolveDetachments() {
        for fleetID in detachments.keys.sorted() {
            guard let line = detachments[fleetID], let fleet = fleets[fleetID], let selection = line.command.ships else { continue }
            var outcome = OrderOutcome(
                houseID: fleet.ownerHouseID, category: .fleet, index: line.index, fleetID: fleetID, orderType: FleetOrderKind.detach.rawValue,
                status: .failed)
            var taken: [Ship] = []
            for type in ShipType.allCases {
                let soundest = fleet.ships.filter { $0.type == type }.sorted { ($0.hullPoints, $1.id) > ($1.hullPoints, $0.id) }
                taken += soundest.prefix(selection.count(of: type))
            }
            guard taken.count == selection.total, selection.total > 0, taken.count < fleet.ships.count else {
                outcome.reason = "the fleet no longer has the ships to detach and keep one"
                otherOutcomes.append(outcome)
                emit(
                    TurnEvent(
                        phase: .command, type: .orderFailed, houseID: fleet.ownerHouseID, fleetID: fleetID,
                        systemID: fleet.locationSystemID, orderType: FleetOrderKind.detach.rawValue,
                        description: "\(fleetName(fleet)): detach order failed: \(outcome.reason!)", reason: outcome.reason,
                        visibility: .actor
                    ))
                continue
            }
            let takenIDs = Set(taken.map(\.id))
            fleets[fleetID]?.ships.removeAll { takenIDs.contains($0.id) }
            let base = line.command.name.map(FleetNames.trimmed) ?? "\(fleet.name ?? "Fleet \(fleet.id.prefix(8))") detachment"
            let newFleet = Fleet(
                id: ids.next(), ownerHouseID: fleet.ownerHouseID, locationSystemID: fleet.locationSystemID,
                name: uniqueFleetName(base, house: fleet.ownerHouseID), ships: taken.sorted { $0.id < $1.id })
            addFleet(newFleet)
            outcome.status = .completed
            outcome.entityID = newFleet.id
            otherOutcomes.append(outcome)
            let counts = ShipCounts(taken)
            emit(
                TurnEvent(
                    phase: .command, type: .fleetDetached, houseID: fleet.ownerHouseID, fleetID: newFleet.id,
                    systemID: fleet.locationSystemID, orderType: FleetOrderKind.detach.rawValue,
                    description:
                        "\(fleetName(newFleet)) split off from \(fleetName(fleet)) with \(counts.military) military and \(counts.spacelift) spacelift; it holds until ordered",
                    data: ["from_fleet": .string(fleetID), "new_fleet": .string(newFleet.id), "name": .string(newFleet.name ?? "")],
                    visibility: .actor
                ))
        }
    }
}
