extension TurnWorkspace {
    /// Spacelift ships needed to take a colony: one per `populationPerTroopShip` population, at least one.
    func troopShipsNeeded(for colony: Colony) -> Int {
        let per = max(1, config.populationPerTroopShip)
        return max(1, (colony.population + per - 1) / per)
    }

    /// After the battles: a fleet with an invade order in its target system
    /// lands its Spacelift troops and takes the colony when the colony belongs
    /// to a house at war with it, its defences and starbase are gone, and no
    /// warship of the owner remains. The troop ships are used up. While the
    /// defences stand the order waits (and the fleet keeps fighting).
    func resolveInvasions() {
        var attempts: [String: [String]] = [:]
        for fleetID in sortedFleetIDs() {
            guard let assigned = commands[fleetID], assigned.command.kind == .invade,
                let target = assigned.command.targetSystemID, let fleet = fleets[fleetID],
                fleet.locationSystemID == target
            else { continue }
            guard let colony = colony(at: target) else {
                fail(fleetID, "there is no colony at \(systemName(target)) to invade", phase: .conflict)
                continue
            }
            guard colony.ownerHouseID != fleet.ownerHouseID else {
                fail(fleetID, "the colony at \(systemName(target)) is already yours", phase: .conflict)
                continue
            }
            guard atWar(fleet.ownerHouseID, colony.ownerHouseID) else {
                fail(fleetID, "you are not at war with House \(houseName(colony.ownerHouseID))", phase: .conflict)
                continue
            }
            metrics[fleet.ownerHouseID]?.invasionsAttempted += 1
            if colony.defenses > 0 || colony.starbaseLevel > 0 {
                settle(fleetID, .inProgress, reason: "the colony's defences are still up")
                continue
            }
            let guarded = fleetIDs(at: target).contains { fleets[$0]?.ownerHouseID == colony.ownerHouseID && fleets[$0]?.hasMilitary == true }
            if guarded {
                settle(fleetID, .inProgress, reason: "warships of the owner still guard the colony")
                continue
            }
            let needed = troopShipsNeeded(for: colony)
            let carried = fleet.count(of: .spacelift)
            guard carried >= needed else {
                fail(fleetID, "taking a colony of population \(colony.population) needs \(needed) Spacelift ship(s); the fleet has \(carried)", phase: .conflict)
                continue
            }
            attempts[target, default: []].append(fleetID)
        }
        for systemID in attempts.keys.sorted() {
            var byHouse: [String: String] = [:]
            for fleetID in attempts[systemID]! {
                let owner = fleets[fleetID]!.ownerHouseID
                if byHouse[owner] == nil {
                    byHouse[owner] = fleetID
                } else {
                    settle(fleetID, .completed, reason: "another fleet of your house landed the troops")
                }
            }
            let contenders = byHouse.keys.sorted()
            let winner = contenders[FairDraw.winner(count: contenders.count, dice: dice, contest: "invade", systemID: systemID, turn: turn)]
            for house in contenders where house != winner {
                fail(byHouse[house]!, "House \(houseName(winner)) took the colony first", phase: .conflict)
            }
            capture(at: systemID, with: byHouse[winner]!)
        }
    }

    private func capture(at systemID: String, with fleetID: String) {
        guard var colony = colony(at: systemID), var fleet = fleets[fleetID] else { return }
        let needed = troopShipsNeeded(for: colony)
        let troops = fleet.ships.filter { $0.type == .spacelift }.prefix(needed).map(\.id)
        fleet.ships.removeAll { troops.contains($0.id) }
        let loser = colony.ownerHouseID
        let winner = fleet.ownerHouseID
        let audience = Set(housesPresent(at: systemID) + [loser]).sorted()
        setOwner(ofColony: colony.id, to: winner)
        colonies[colony.id]?.underSiege = false
        colony = colonies[colony.id]!
        settle(fleetID, .completed)
        if fleet.ships.isEmpty { removeFleet(fleetID) } else { fleets[fleetID]!.ships = fleet.ships }
        metrics[winner]?.invasionsSucceeded += 1
        metrics[winner]?.coloniesCaptured += 1
        metrics[winner]?.shipsConsumed += troops.count
        metrics[loser]?.coloniesLost += 1
        adjustPrestige(winner, by: config.prestigePerCapture)
        adjustPrestige(loser, by: config.prestigePerColonyLost)
        emit(
            TurnEvent(
                phase: .conflict, type: .colonyCaptured, houseID: winner, fleetID: fleetID, systemID: systemID, orderType: "invade",
                description: "House \(houseName(winner)) captured the colony at \(systemName(systemID)) from House \(houseName(loser)), landing \(troops.count) troop ship(s)",
                data: ["colony": .string(colony.id), "former_owner": .string(loser), "troop_ships": .int(troops.count)],
                visibility: .houses(audience)
            ))
    }

    /// A colony is under siege while a fleet with a blockade order for its
    /// system, holding at least one Military ship, of a house at war with the
    /// owner, stands there after the battles. Recomputed every turn.
    func updateSieges() {
        var blockaders: [String: [String]] = [:]
        for fleetID in sortedFleetIDs() {
            guard let assigned = commands[fleetID], assigned.command.kind == .blockade,
                let target = assigned.command.targetSystemID, let fleet = fleets[fleetID],
                fleet.locationSystemID == target
            else { continue }
            guard let colony = colony(at: target), atWar(fleet.ownerHouseID, colony.ownerHouseID) else {
                settle(fleetID, .inProgress, reason: "no colony of a house you are at war with is here")
                continue
            }
            guard fleet.hasMilitary else {
                fail(fleetID, "a blockade needs Military ships", phase: .conflict)
                continue
            }
            blockaders[colony.id, default: []].append(fleetID)
            settle(fleetID, .completed, clearStanding: false)
            metrics[fleet.ownerHouseID]?.blockadesActive += 1
        }
        for colonyID in colonies.keys.sorted() {
            let colony = colonies[colonyID]!
            let sieged = !(blockaders[colonyID] ?? []).isEmpty
            guard sieged != colony.underSiege else { continue }
            colonies[colonyID]!.underSiege = sieged
            let houses = (blockaders[colonyID] ?? []).compactMap { fleets[$0]?.ownerHouseID }
            let audience = Set(housesPresent(at: colony.systemID) + [colony.ownerHouseID]).sorted()
            emit(
                TurnEvent(
                    phase: .conflict, type: sieged ? .siegeBegun : .siegeLifted, houseID: sieged ? houses.first : colony.ownerHouseID,
                    systemID: colony.systemID, orderType: sieged ? "blockade" : nil,
                    description: sieged
                        ? "The colony of House \(houseName(colony.ownerHouseID)) at \(systemName(colony.systemID)) is under siege"
                        : "The siege of \(systemName(colony.systemID)) is lifted",
                    data: ["colony": .string(colonyID), "blockaders": .strings(Array(Set(houses)).sorted())],
                    visibility: .houses(audience)
                ))
        }
    }
}
