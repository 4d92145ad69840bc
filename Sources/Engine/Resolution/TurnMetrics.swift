extension TurnWorkspace {
    /// Completes the per-house metrics with the stock figures of the new state.
    func finishMetrics(newState: GameState, outcomes: [OrderOutcome]) -> [HouseMetrics] {
        let ranks = Dictionary(uniqueKeysWithValues: Ranking.standings(in: newState).enumerated().map { ($1.houseID, $0 + 1) })
        let oldTreasury = Dictionary(uniqueKeysWithValues: original.houses.map { ($0.id, $0.treasury) })
        for colony in newState.colonies {
            let owner = colony.ownerHouseID
            metrics[owner]?.colonies += 1
            metrics[owner]?.population += colony.population
            metrics[owner]?.industry += colony.industry
            metrics[owner]?.defenses += colony.defenses
            metrics[owner]?.starbaseLevels += colony.starbaseLevel
            if colony.underSiege { metrics[owner]?.coloniesUnderSiege += 1 }
        }
        for fleet in newState.fleets {
            let owner = fleet.ownerHouseID
            metrics[owner]?.fleets += 1
            metrics[owner]?.shipsTotal += fleet.ships.count
            metrics[owner]?.shipsMilitary += fleet.count(of: .military)
            metrics[owner]?.shipsSpacelift += fleet.count(of: .spacelift)
            metrics[owner]?.shipsCrippled += fleet.ships.count { $0.isCrippled }
        }
        for outcome in outcomes {
            switch outcome.status {
            case .completed: metrics[outcome.houseID]?.ordersCompleted += 1
            case .inProgress: metrics[outcome.houseID]?.ordersInProgress += 1
            case .failed: metrics[outcome.houseID]?.ordersFailed += 1
            }
        }
        for house in newState.houses {
            var row = metrics[house.id]!
            row.rank = ranks[house.id] ?? 0
            row.eliminated = house.eliminated
            row.treasury = house.treasury
            row.treasuryChange = house.treasury - (oldTreasury[house.id] ?? 0)
            row.prestige = house.prestige
            for other in newState.houses where other.id != house.id && !other.eliminated {
                switch newState.relation(house.id, other.id) {
                case .war: row.relationsWar += 1
                case .peace: row.relationsPeace += 1
                case .nap: row.relationsNAP += 1
                case .alliance: row.relationsAlliance += 1
                }
            }
            if let intel = newState.intel(of: house.id) {
                row.knownSystems = intel.systems.count
                row.detectedForeignFleets = intel.fleets.count { $0.detectedTurn == newState.game.turn }
            }
            metrics[house.id] = row
        }
        return newState.houses.map { metrics[$0.id]! }
    }
}
