extension TurnWorkspace {
    /// Conflict: battles wherever houses at war meet, then retreats from
    /// undecided battles, then invasions, then sieges.
    func runConflictPhase() {
        var retreats: [(fleetID: String, from: String)] = []
        let contested = fleetIDsAtSystem.keys.filter { !(fleetIDsAtSystem[$0]?.isEmpty ?? true) }.sorted()
        for systemID in contested {
            retreats += fightBattle(at: systemID)
        }
        for retreat in retreats { withdraw(retreat.fleetID, from: retreat.from) }
        resolveInvasions()
        updateSieges()
    }

    /// The units present in a system, ships first (by fleet, then ship id), then colony guns.
    func combatUnits(at systemID: String) -> [CombatUnit] {
        var units: [CombatUnit] = []
        for fleetID in fleetIDs(at: systemID) {
            let fleet = fleets[fleetID]!
            for ship in fleet.ships {
                units.append(
                    CombatUnit(
                        houseID: fleet.ownerHouseID, kind: .ship(fleetID: fleetID, shipID: ship.id, type: ship.type),
                        hullPoints: ship.hullPoints, maxHullPoints: ship.maxHullPoints,
                        attack: ship.type == .military ? config.militaryAttack : 0
                    ))
            }
        }
        if let colony = colony(at: systemID) {
            for _ in 0..<max(0, colony.defenses) {
                units.append(
                    CombatUnit(
                        houseID: colony.ownerHouseID, kind: .defenses(colonyID: colony.id),
                        hullPoints: config.defenseHullPoints, maxHullPoints: config.defenseHullPoints,
                        attack: config.defenseAttackPerLevel
                    ))
            }
            for _ in 0..<max(0, colony.starbaseLevel) {
                units.append(
                    CombatUnit(
                        houseID: colony.ownerHouseID, kind: .starbase(colonyID: colony.id),
                        hullPoints: config.starbaseHullPoints, maxHullPoints: config.starbaseHullPoints,
                        attack: config.starbaseAttackPerLevel
                    ))
            }
        }
        return units
    }

    /// Fights the battle in one system, if there is one; returns the fleets that must retreat.
    func fightBattle(at systemID: String) -> [(fleetID: String, from: String)] {
        let present = housesPresent(at: systemID)
        guard present.count >= 2 else { return [] }
        var wars: [(String, String)] = []
        for (i, a) in present.enumerated() {
            for b in present[(i + 1)...] where atWar(a, b) { wars.append((a, b)) }
        }
        guard !wars.isEmpty else { return [] }
        let battle = Battle(
            units: combatUnits(at: systemID), wars: wars, maxRounds: config.maxCombatRounds,
            hitChancePercent: config.hitChancePercent
        )
        guard battle.isOngoing(battle.units) else { return [] }
        var random = dice.stream("combat/\(systemID)", turn: turn)
        let report = battle.fight(random: &random)

        let unitHouses = Set(battle.units.map(\.houseID))
        let participants = present.filter { house in
            unitHouses.contains(house) && present.contains { unitHouses.contains($0) && atWar(house, $0) }
        }
        let colonyOwner = colony(at: systemID)?.ownerHouseID
        let defender: String? = {
            if let colonyOwner, participants.contains(colonyOwner) { return colonyOwner }
            let incumbents = participants.filter { house in
                fleetIDs(at: systemID).contains { fleets[$0]?.ownerHouseID == house && startLocation[$0] == systemID }
            }
            return incumbents.count == 1 ? incumbents[0] : nil
        }()

        var before: [String: Int] = [:]
        var lost: [String: Int] = [:]
        var levelsLost: [String: Int] = [:]
        for unit in battle.units {
            if case .ship = unit.kind { before[unit.houseID, default: 0] += 1 }
        }
        applyBattle(report, lost: &lost, levelsLost: &levelsLost, systemID: systemID, audience: present)
        let survivors = Set(report.units.filter { !$0.isDestroyed }.map(\.houseID))

        var retreats: [(fleetID: String, from: String)] = []
        var winners: [String] = []
        if report.undecided {
            if let defender {
                winners = [defender]
                for fleetID in fleetIDs(at: systemID) {
                    guard let fleet = fleets[fleetID], fleet.ownerHouseID != defender,
                        atWar(fleet.ownerHouseID, defender), let origin = startLocation[fleetID], origin != systemID
                    else { continue }
                    retreats.append((fleetID, systemID))
                }
            }
        } else {
            winners = participants.filter { survivors.contains($0) }
        }
        for house in participants {
            metrics[house]?.battles += 1
            if winners.contains(house) {
                metrics[house]?.battlesWon += 1
            } else if !survivors.contains(house) || retreats.contains(where: { fleets[$0.fleetID]?.ownerHouseID == house }) {
                metrics[house]?.battlesLost += 1
            }
        }
        var sides: [String: JSONValue] = [:]
        for house in participants {
            sides[house] = [
                "ships_before": .int(before[house] ?? 0), "ships_lost": .int(lost[house] ?? 0),
                "colony_levels_lost": .int(levelsLost[house] ?? 0),
            ]
        }
        let outcome =
            report.undecided
            ? (defender.map { "House \(houseName($0)) held the field" } ?? "undecided")
            : (winners.isEmpty ? "no side left standing" : "won by " + winners.map { "House \(houseName($0))" }.joined(separator: ", "))
        emit(
            TurnEvent(
                phase: .conflict, type: .battle, houseID: defender, systemID: systemID,
                description: "Battle at \(systemName(systemID)) over \(report.rounds) round(s): \(outcome)",
                data: [
                    "rounds": .int(report.rounds), "undecided": .bool(report.undecided), "defender": .optional(defender),
                    "winners": .strings(winners), "sides": .object(sides),
                ],
                visibility: .houses(present)
            ))
        return retreats
    }

    /// Writes the battle's damage back into fleets and colonies and scores kills and losses.
    private func applyBattle(
        _ report: Battle.Report, lost: inout [String: Int], levelsLost: inout [String: Int], systemID: String, audience: [String]
    ) {
        var hull: [String: Int] = [:]
        var defensesLeft: [String: Int] = [:]
        var starbaseLeft: [String: Int] = [:]
        for (index, unit) in report.units.enumerated() {
            switch unit.kind {
            case .ship(_, let shipID, _):
                hull[shipID] = unit.hullPoints
                if unit.isDestroyed {
                    lost[unit.houseID, default: 0] += 1
                    metrics[unit.houseID]?.shipsLost += 1
                    adjustPrestige(unit.houseID, by: config.prestigePerLoss)
                    if let killer = report.killers[index] {
                        metrics[killer]?.shipsDestroyed += 1
                        adjustPrestige(killer, by: config.prestigePerKill)
                    }
                }
            case .defenses(let colonyID):
                defensesLeft[colonyID, default: 0] += unit.isDestroyed ? 0 : 1
                if unit.isDestroyed { levelsLost[unit.houseID, default: 0] += 1 }
            case .starbase(let colonyID):
                starbaseLeft[colonyID, default: 0] += unit.isDestroyed ? 0 : 1
                if unit.isDestroyed { levelsLost[unit.houseID, default: 0] += 1 }
            }
        }
        for (colonyID, left) in defensesLeft { colonies[colonyID]?.defenses = left }
        for (colonyID, left) in starbaseLeft { colonies[colonyID]?.starbaseLevel = left }
        for fleetID in fleetIDs(at: systemID) {
            guard var fleet = fleets[fleetID] else { continue }
            for index in fleet.ships.indices { fleet.ships[index].hullPoints = hull[fleet.ships[index].id] ?? fleet.ships[index].hullPoints }
            fleet.ships.removeAll { $0.hullPoints <= 0 }
            fleets[fleetID] = fleet
            if fleet.ships.isEmpty {
                settle(fleetID, .failed, reason: "destroyed in battle")
                removeFleet(fleetID)
                emit(
                    TurnEvent(
                        phase: .conflict, type: .fleetDestroyed, houseID: fleet.ownerHouseID, fleetID: fleetID, systemID: systemID,
                        description: "\(fleetName(fleet)) of House \(houseName(fleet.ownerHouseID)) was destroyed at \(systemName(systemID))",
                        visibility: .houses(audience)
                    ))
            }
        }
    }

    /// A fleet that lost an undecided battle against the defender falls back
    /// to the system it came from this turn and drops its order.
    private func withdraw(_ fleetID: String, from systemID: String) {
        guard let fleet = fleets[fleetID], let origin = startLocation[fleetID] else { return }
        let audience = housesPresent(at: systemID)
        relocate(fleetID, to: origin)
        metrics[fleet.ownerHouseID]?.retreats += 1
        settle(fleetID, .failed, reason: "retreated after an undecided battle")
        emit(
            TurnEvent(
                phase: .conflict, type: .retreat, houseID: fleet.ownerHouseID, fleetID: fleetID, systemID: systemID,
                description: "\(fleetName(fleet)) fell back from \(systemName(systemID)) to \(systemName(origin))",
                data: ["to": .string(origin)], visibility: .houses(audience)
            ))
    }
}
