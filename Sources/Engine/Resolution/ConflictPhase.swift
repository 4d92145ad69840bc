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

        let colonyBefore = colony(at: systemID)
        var before: [String: ShipCounts] = [:]
        for fleetID in fleetIDs(at: systemID) {
            guard let fleet = fleets[fleetID] else { continue }
            let counts = ShipCounts(fleet.ships)
            before[fleet.ownerHouseID, default: ShipCounts()].military += counts.military
            before[fleet.ownerHouseID, default: ShipCounts()].spacelift += counts.spacelift
        }
        let losses = applyBattle(report, systemID: systemID, audience: present)
        let colonyAfter = colonyBefore.flatMap { colonies[$0.id] }
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
            let lost = losses.byHouse[house] ?? ShipCounts()
            let had = before[house] ?? ShipCounts()
            sides[house] = [
                "before": ["military": .int(had.military), "spacelift": .int(had.spacelift)],
                "lost": ["military": .int(lost.military), "spacelift": .int(lost.spacelift)],
            ]
        }
        var data: [String: JSONValue] = [
            "rounds": .int(report.rounds), "undecided": .bool(report.undecided), "defender": .optional(defender),
            "winners": .strings(winners), "sides": .object(sides),
        ]
        if let colonyBefore, let colonyAfter {
            data["colony"] = [
                "id": .string(colonyBefore.id), "owner": .string(colonyBefore.ownerHouseID),
                "before": ["defenses": .int(colonyBefore.defenses), "starbase": .int(colonyBefore.starbaseLevel)],
                "after": ["defenses": .int(colonyAfter.defenses), "starbase": .int(colonyAfter.starbaseLevel)],
            ]
        }
        let outcome =
            report.undecided
            ? (defender.map { "House \(houseName($0)) held the field" } ?? "undecided")
            : (winners.isEmpty ? "no side left standing" : "won by " + winners.map { "House \(houseName($0))" }.joined(separator: ", "))
        let tally = participants.map { house in
            let lost = losses.byHouse[house] ?? ShipCounts()
            let had = before[house] ?? ShipCounts()
            return "House \(houseName(house)) lost \(lost.total) of \(had.total) ship(s)"
        }
        let guns = colonyBefore.flatMap { old in
            colonyAfter.map { new in
                "; the colony's defences went from \(old.defenses) to \(new.defenses), its starbase from \(old.starbaseLevel) to \(new.starbaseLevel)"
            }
        }
        emit(
            TurnEvent(
                phase: .conflict, type: .battle, houseID: defender, systemID: systemID,
                description: "Battle at \(systemName(systemID)) over \(report.rounds) round(s): \(outcome). "
                    + tally.joined(separator: ", ") + (guns ?? ""),
                data: data, visibility: .houses(present)
            ))
        for event in losses.events { emit(event) }
        return retreats
    }

    /// What one battle cost: ships lost by house, and one event per fleet that lost ships.
    struct BattleLosses {
        var byHouse: [String: ShipCounts] = [:]
        var events: [TurnEvent] = []
    }

    /// Writes the battle's damage back into fleets and colonies, scores kills
    /// and losses, and tells each fleet's owner what it lost and to whom.
    private func applyBattle(_ report: Battle.Report, systemID: String, audience: [String]) -> BattleLosses {
        var losses = BattleLosses()
        var hull: [String: Int] = [:]
        var killersOfFleet: [String: Set<String>] = [:]
        var defensesLeft: [String: Int] = [:]
        var starbaseLeft: [String: Int] = [:]
        for (index, unit) in report.units.enumerated() {
            switch unit.kind {
            case .ship(let fleetID, let shipID, let type):
                hull[shipID] = unit.hullPoints
                if unit.isDestroyed {
                    switch type {
                    case .military: losses.byHouse[unit.houseID, default: ShipCounts()].military += 1
                    case .spacelift: losses.byHouse[unit.houseID, default: ShipCounts()].spacelift += 1
                    }
                    metrics[unit.houseID]?.shipsLost += 1
                    adjustPrestige(unit.houseID, by: config.prestigePerLoss)
                    if let killer = report.killers[index] {
                        killersOfFleet[fleetID, default: []].insert(killer)
                        metrics[killer]?.shipsDestroyed += 1
                        adjustPrestige(killer, by: config.prestigePerKill)
                    }
                }
            case .defenses(let colonyID):
                defensesLeft[colonyID, default: 0] += unit.isDestroyed ? 0 : 1
            case .starbase(let colonyID):
                starbaseLeft[colonyID, default: 0] += unit.isDestroyed ? 0 : 1
            }
        }
        for (colonyID, left) in defensesLeft { colonies[colonyID]?.defenses = left }
        for (colonyID, left) in starbaseLeft { colonies[colonyID]?.starbaseLevel = left }
        for fleetID in fleetIDs(at: systemID) {
            guard var fleet = fleets[fleetID] else { continue }
            for index in fleet.ships.indices { fleet.ships[index].hullPoints = hull[fleet.ships[index].id] ?? fleet.ships[index].hullPoints }
            let lost = ShipCounts(fleet.ships.filter { $0.hullPoints <= 0 })
            fleet.ships.removeAll { $0.hullPoints <= 0 }
            fleets[fleetID] = fleet
            guard lost.total > 0 else { continue }
            let killers = (killersOfFleet[fleetID] ?? []).sorted()
            let by = killers.isEmpty ? "" : " by " + killers.map { "House \(houseName($0))" }.joined(separator: " and ")
            let lostData: JSONValue = ["military": .int(lost.military), "spacelift": .int(lost.spacelift)]
            if fleet.ships.isEmpty {
                settle(fleetID, .failed, reason: "destroyed in battle")
                removeFleet(fleetID)
                losses.events.append(
                    TurnEvent(
                        phase: .conflict, type: .fleetDestroyed, houseID: fleet.ownerHouseID, fleetID: fleetID, systemID: systemID,
                        description:
                            "\(fleetName(fleet)) of House \(houseName(fleet.ownerHouseID)) was destroyed at \(systemName(systemID))\(by): "
                            + "\(Self.shipWords(lost)) lost",
                        data: ["lost": lostData, "by": .strings(killers)], visibility: .houses(audience)
                    ))
            } else {
                losses.events.append(
                    TurnEvent(
                        phase: .conflict, type: .shipsLost, houseID: fleet.ownerHouseID, fleetID: fleetID, systemID: systemID,
                        description:
                            "\(fleetName(fleet)) of House \(houseName(fleet.ownerHouseID)) lost \(Self.shipWords(lost)) at \(systemName(systemID))\(by); "
                            + "\(Self.shipWords(ShipCounts(fleet.ships))) left",
                        data: ["lost": lostData, "by": .strings(killers)], visibility: .houses(audience)
                    ))
            }
        }
        return losses
    }

    /// "2 military and 1 spacelift ship(s)".
    static func shipWords(_ counts: ShipCounts) -> String {
        var parts: [String] = []
        if counts.military > 0 { parts.append("\(counts.military) military") }
        if counts.spacelift > 0 { parts.append("\(counts.spacelift) spacelift") }
        return (parts.isEmpty ? "no" : parts.joined(separator: " and ")) + " ship(s)"
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
