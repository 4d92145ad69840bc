extension TurnWorkspace {
    /// A fleet with a colonize order that stands in its target system settles
    /// it with one of its Spacelift ships (the ship is used up), provided the
    /// system has no colony and no warship of a house at war with the settler.
    /// Several houses claiming the same system: one wins by a fair draw.
    func resolveColonization() {
        var claims: [String: [String]] = [:]
        for fleetID in sortedFleetIDs() {
            guard let assigned = commands[fleetID], assigned.command.kind == .colonize,
                let target = assigned.command.targetSystemID, let fleet = fleets[fleetID]
            else { continue }
            guard fleet.locationSystemID == target else { continue }
            metrics[fleet.ownerHouseID]?.colonizationsAttempted += 1
            guard fleet.hasSpacelift else {
                failColonization(fleetID, "the fleet has no Spacelift ship left")
                continue
            }
            claims[target, default: []].append(fleetID)
        }
        for systemID in claims.keys.sorted() {
            let claimants = claims[systemID]!
            if let colony = colony(at: systemID) {
                for fleetID in claimants {
                    failColonization(fleetID, "\(systemName(systemID)) is already a colony of House \(houseName(colony.ownerHouseID))")
                }
                continue
            }
            var byHouse: [String: String] = [:]
            for fleetID in claimants {
                let owner = fleets[fleetID]!.ownerHouseID
                let blocked = fleetIDs(at: systemID).contains {
                    guard let other = fleets[$0] else { return false }
                    return other.hasMilitary && atWar(owner, other.ownerHouseID)
                }
                if blocked {
                    failColonization(fleetID, "warships of a house at war with you hold \(systemName(systemID))")
                } else if byHouse[owner] == nil {
                    byHouse[owner] = fleetID
                } else {
                    failColonization(fleetID, "another fleet of your house made the claim")
                }
            }
            let houses = byHouse.keys.sorted()
            guard !houses.isEmpty else { continue }
            let winnerHouse = houses[FairDraw.winner(count: houses.count, dice: dice, contest: "colonize", systemID: systemID, turn: turn)]
            for house in houses where house != winnerHouse {
                failColonization(byHouse[house]!, "House \(houseName(winnerHouse)) won the claim to \(systemName(systemID))")
            }
            settle(systemID: systemID, by: byHouse[winnerHouse]!, rivals: houses.filter { $0 != winnerHouse })
        }
    }

    private func settle(systemID: String, by fleetID: String, rivals: [String]) {
        var fleet = fleets[fleetID]!
        let ship = fleet.ships.first { $0.type == .spacelift }!
        fleet.ships.removeAll { $0.id == ship.id }
        let colony = Colony(
            id: ids.next(), systemID: systemID, ownerHouseID: fleet.ownerHouseID,
            population: config.colonyStartingPopulation, industry: config.colonyStartingIndustry
        )
        addColony(colony)
        settle(fleetID, .completed)
        if fleet.ships.isEmpty {
            removeFleet(fleetID)
        } else {
            fleets[fleetID]!.ships = fleet.ships
        }
        let house = fleet.ownerHouseID
        metrics[house]?.coloniesFounded += 1
        metrics[house]?.shipsConsumed += 1
        adjustPrestige(house, by: config.prestigePerColony)
        let audience = Set(housesPresent(at: systemID) + rivals + [house]).sorted()
        emit(
            TurnEvent(
                phase: .command, type: .colonyFounded, houseID: house, fleetID: fleetID, systemID: systemID,
                orderType: "colonize",
                description: "House \(houseName(house)) founded a colony at \(systemName(systemID)) with 1 spacelift ship",
                data: ["colony": .string(colony.id), "ship_used": .string(ship.id), "rival_claimants": .strings(rivals)],
                visibility: .houses(audience)
            ))
    }

    private func failColonization(_ fleetID: String, _ reason: String) {
        if let owner = fleets[fleetID]?.ownerHouseID { metrics[owner]?.colonizationsFailed += 1 }
        fail(fleetID, reason, phase: .command)
    }
}
