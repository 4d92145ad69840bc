extension TurnWorkspace {
    /// Maintenance: builds delivered, growth, repairs, prestige report,
    /// eliminations, victory, old proposals dropped, the clock advanced.
    func runMaintenancePhase() {
        deliverBuilds()
        grow()
        repair()
        reportPrestige()
        eliminate()
        decideVictory()
        expireProposals()
        advanceClock()
    }

    /// Ships paid for this turn form one new fleet per colony, at the colony;
    /// defences, industry and starbase levels are added. A colony lost during
    /// the turn loses what was being built there.
    func deliverBuilds() {
        var byColony: [String: [QueuedBuild]] = [:]
        for build in queuedBuilds { byColony[build.colonyID, default: []].append(build) }
        for colonyID in byColony.keys.sorted() {
            let builds = byColony[colonyID]!
            guard var colony = colonies[colonyID] else { continue }
            let builder = builds[0].houseID
            guard colony.ownerHouseID == builder else {
                for build in builds {
                    setBuildOutcome(build, .failed, "the colony was lost before the work was done")
                    emit(
                        TurnEvent(
                            phase: .maintenance, type: .buildLost, houseID: builder, systemID: colony.systemID,
                            orderType: build.item.rawValue,
                            description: "\(build.quantity) \(build.item.rawValue) at \(systemName(colony.systemID)) were lost with the colony",
                            visibility: .actor
                        ))
                }
                continue
            }
            var ships: [Ship] = []
            var fleetID: String?
            for build in builds {
                switch build.item {
                case .military, .spacelift:
                    if fleetID == nil { fleetID = ids.next() }
                    let type = build.item.shipType!
                    for _ in 0..<build.quantity {
                        ships.append(InitialStateBuilder.newShip(id: ids.next(), type: type, config: config))
                    }
                    if type == .military { metrics[builder]?.shipsBuiltMilitary += build.quantity } else { metrics[builder]?.shipsBuiltSpacelift += build.quantity }
                case .defenses: colony.defenses = min(config.maxDefenses, colony.defenses + build.quantity)
                case .industry: colony.industry += build.quantity
                case .starbase: colony.starbaseLevel = min(config.maxStarbaseLevel, colony.starbaseLevel + build.quantity)
                }
                setBuildOutcome(build, .completed, nil)
                emit(
                    TurnEvent(
                        phase: .maintenance, type: .buildCompleted, houseID: builder, fleetID: build.item.shipType == nil ? nil : fleetID,
                        systemID: colony.systemID, orderType: build.item.rawValue,
                        description: "\(build.quantity) \(build.item.rawValue) completed at \(systemName(colony.systemID))",
                        data: ["colony": .string(colonyID), "quantity": .int(build.quantity)], visibility: .actor
                    ))
            }
            colonies[colonyID] = colony
            if let fleetID {
                ships.sort { $0.id < $1.id }
                addFleet(
                    Fleet(
                        id: fleetID, ownerHouseID: builder, locationSystemID: colony.systemID,
                        name: uniqueFleetName("New construction \(turn)", house: builder), ships: ships
                    ))
            }
        }
    }

    private func setBuildOutcome(_ build: QueuedBuild, _ status: OrderOutcome.Status, _ reason: String?) {
        guard
            let index = otherOutcomes.firstIndex(where: {
                $0.houseID == build.houseID && $0.category == .build && $0.index == build.index
            })
        else { return }
        otherOutcomes[index].status = status
        otherOutcomes[index].reason = reason
    }

    /// Population grows by `populationGrowthPercent` (at least 1) up to
    /// `maxPopulation`, except under siege; industry by `industryGrowthPerTurn`.
    func grow() {
        for colonyID in colonies.keys.sorted() {
            var colony = colonies[colonyID]!
            if !colony.underSiege, colony.population < config.maxPopulation {
                let growth = max(1, colony.population * config.populationGrowthPercent / 100)
                colony.population = min(config.maxPopulation, colony.population + growth)
            }
            colony.industry += config.industryGrowthPerTurn
            colonies[colonyID] = colony
        }
    }

    /// Damaged ships at a system with their own house's starbase regain
    /// `repairPerTurnAtStarbase` hull points.
    func repair() {
        for fleetID in sortedFleetIDs() {
            guard var fleet = fleets[fleetID], let colony = colony(at: fleet.locationSystemID),
                colony.ownerHouseID == fleet.ownerHouseID, colony.starbaseLevel > 0
            else { continue }
            var repaired = 0
            for index in fleet.ships.indices where fleet.ships[index].isDamaged {
                let before = fleet.ships[index].hullPoints
                fleet.ships[index].hullPoints = min(fleet.ships[index].maxHullPoints, before + config.repairPerTurnAtStarbase)
                repaired += fleet.ships[index].hullPoints - before
            }
            guard repaired > 0 else { continue }
            fleets[fleetID] = fleet
            metrics[fleet.ownerHouseID]?.hullRepaired += repaired
            emit(
                TurnEvent(
                    phase: .maintenance, type: .repair, houseID: fleet.ownerHouseID, fleetID: fleetID, systemID: fleet.locationSystemID,
                    description: "\(fleetName(fleet)) repaired \(repaired) hull points at the starbase of \(systemName(fleet.locationSystemID))",
                    data: ["hull_points": .int(repaired)], visibility: .actor
                ))
        }
    }

    func reportPrestige() {
        for houseID in houseIDs {
            guard let change = metrics[houseID]?.prestigeChange, change != 0, let house = houses[houseID] else { continue }
            emit(
                TurnEvent(
                    phase: .maintenance, type: .prestige, houseID: houseID,
                    description: "House \(house.name)'s prestige changed by \(change) to \(house.prestige)",
                    data: ["change": .int(change), "prestige": .int(house.prestige)], visibility: .actor
                ))
        }
    }

    /// A house with neither colonies nor fleets is out of the game.
    func eliminate() {
        var holdings = Set(colonies.values.map(\.ownerHouseID))
        holdings.formUnion(fleets.values.map(\.ownerHouseID))
        for houseID in houseIDs where houses[houseID]?.eliminated == false && !holdings.contains(houseID) {
            houses[houseID]!.eliminated = true
            proposals.removeAll { $0.fromHouseID == houseID || $0.toHouseID == houseID }
            emit(
                TurnEvent(
                    phase: .maintenance, type: .houseEliminated, houseID: houseID,
                    description: "House \(houseName(houseID)) has no colonies and no fleets left and is eliminated",
                    visibility: .public
                ))
        }
    }

    /// The last house standing wins; at the turn limit the highest-ranked
    /// house still in the game wins (Ranking). If the last houses fall
    /// together, the best-ranked of them wins.
    func decideVictory() {
        var colonyCount: [String: Int] = [:]
        var population: [String: Int] = [:]
        for colony in colonies.values {
            colonyCount[colony.ownerHouseID, default: 0] += 1
            population[colony.ownerHouseID, default: 0] += colony.population
        }
        let standings = Ranking.order(
            houseIDs.map {
                Ranking.Standing(houseID: $0, prestige: houses[$0]!.prestige, colonies: colonyCount[$0] ?? 0, population: population[$0] ?? 0)
            }, dice: dice)
        let remaining = standings.filter { houses[$0.houseID]?.eliminated == false }
        var winner: String?
        var reason = ""
        if remaining.count <= 1 {
            winner = remaining.first?.houseID ?? standings.first { original.house($0.houseID)?.eliminated == false }?.houseID
            reason = "last house standing"
        } else if let limit = game.turnLimit, turn >= limit {
            winner = remaining.first?.houseID
            reason = "highest prestige at the turn limit"
        }
        guard let winner else { return }
        game.phase = .completed
        game.winnerHouseID = winner
        emit(
            TurnEvent(
                phase: .maintenance, type: .gameWon, houseID: winner,
                description: "House \(houseName(winner)) wins the game: \(reason)",
                data: ["reason": .string(reason), "prestige": .int(houses[winner]?.prestige ?? 0)], visibility: .public
            ))
    }

    func expireProposals() {
        let lifetime = max(1, config.proposalLifetimeTurns)
        let expired = proposals.filter { turn - $0.turnProposed >= lifetime }
        proposals.removeAll { turn - $0.turnProposed >= lifetime }
        for proposal in expired {
            emit(
                TurnEvent(
                    phase: .maintenance, type: .proposalExpired, houseID: proposal.fromHouseID,
                    orderType: proposal.relation.orderName,
                    description: "House \(houseName(proposal.fromHouseID))'s offer of \(proposal.relation.rawValue) to House \(houseName(proposal.toHouseID)) expired",
                    data: ["other_house": .string(proposal.toHouseID)], visibility: .public
                ))
        }
    }

    /// One turn is one month; 13 months make a year.
    func advanceClock() {
        game.turn += 1
        game.month += 1
        if game.month > 13 {
            game.month = 1
            game.year += 1
        }
    }
}
