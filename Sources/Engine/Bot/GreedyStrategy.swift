extension BotPlanner {
    /// Expand, arm, attack the nearest known enemy.
    func greedyOrders(_ random: inout SeededRandom) -> Orders {
        var orders = Orders()
        let enemies = Set(enemies())
        let enemyColonies = knowledge.intel.colonies.filter { enemies.contains($0.ownerHouseID) }
        var claimed: Set<String> = []
        var invasionTargets: Set<String> = []
        let known = Set(knowledge.intel.systems.map(\.systemID))
        for fleet in knowledge.fleets {
            let reach = distances(from: fleet.locationSystemID, allowRestricted: fleet.mayUseRestrictedLanes)
            let military = fleet.count(of: .military)
            if fleet.hasSpacelift, military == 0 {
                let candidates = reach.keys.filter { !colonized.contains($0) && !claimed.contains($0) }
                if let target = nearest(candidates, in: reach) {
                    claimed.insert(target)
                    orders.fleetOrders.append(FleetOrder(fleet: fleet.id, .colonize, to: target))
                } else {
                    orders.fleetOrders.append(FleetOrder(fleet: fleet.id, .hold))
                }
                continue
            }
            let targets = enemyColonies.map(\.systemID)
            // Only colonies this fleet carries enough troops for (as last seen).
            let takeable = enemyColonies.filter { troopsNeeded(population: $0.population) <= fleet.count(of: .spacelift) }.map(\.systemID)
            if fleet.hasSpacelift, let target = nearest(takeable.filter { !invasionTargets.contains($0) }, in: reach) ?? nearest(takeable, in: reach) {
                invasionTargets.insert(target)
                orders.fleetOrders.append(FleetOrder(fleet: fleet.id, .invade, to: target))
            } else if military >= 3, let target = nearest(targets, in: reach) {
                orders.fleetOrders.append(FleetOrder(fleet: fleet.id, .blockade, to: target))
            } else if military >= 3 {
                // Explore: the nearest system never seen, else the stalest one.
                let unseen = reach.keys.filter { !known.contains($0) }
                if let target = nearest(unseen, in: reach) {
                    orders.fleetOrders.append(FleetOrder(fleet: fleet.id, .move, to: target))
                } else if let stale = knowledge.intel.systems.filter({ $0.visibility == .scouted && reach[$0.systemID] != nil })
                    .min(by: { ($0.lastSeenTurn, $0.systemID) < ($1.lastSeenTurn, $1.systemID) })
                {
                    orders.fleetOrders.append(FleetOrder(fleet: fleet.id, .move, to: stale.systemID))
                }
            } else if let partner = knowledge.fleets.first(where: {
                $0.id != fleet.id && $0.locationSystemID == fleet.locationSystemID && $0.hasMilitary && $0.id < fleet.id
            }) {
                orders.fleetOrders.append(FleetOrder(fleet: fleet.id, .join, target: partner.id))
            }
        }
        orders.builds = greedyBuilds(&random, wantSettlers: claimed.count < 2)
        return orders
    }

    func greedyBuilds(_ random: inout SeededRandom, wantSettlers: Bool) -> [BuildOrder] {
        var budget = Budget(funds: knowledge.fundsAfterIncome)
        let yards = knowledge.colonies.filter { !$0.underSiege }
            .sorted { ($0.population + $0.industry, $1.id) > ($1.population + $1.industry, $0.id) }
        guard let yard = yards.first else { return [] }
        let settlers = knowledge.fleets.filter { $0.hasSpacelift && !$0.hasMilitary }.count
        if wantSettlers || settlers < 1 {
            _ = budget.add(.spacelift, at: yard, quantity: 1, config: config)
        }
        // An invasion group: warships and enough troop ships for the nearest
        // known enemy colony, launched together so they form one fleet.
        let reach = distances(from: yard.systemID, allowRestricted: false)
        let enemies = Set(enemies())
        let prey = knowledge.intel.colonies.filter { enemies.contains($0.ownerHouseID) && reach[$0.systemID] != nil }
            .min { (reach[$0.systemID]!, $0.colonyID) < (reach[$1.systemID]!, $1.colonyID) }
        let warships = max(3, budget.funds / 2 / max(1, config.militaryCost))
        if let prey, random.int(in: 0...2) > 0 {
            let troops = troopsNeeded(population: prey.population) + 1
            if budget.funds >= warships * config.militaryCost + troops * config.spaceliftCost {
                _ = budget.add(.military, at: yard, quantity: min(warships, config.maxBuildQuantity), config: config)
                _ = budget.add(.spacelift, at: yard, quantity: min(troops, config.maxBuildQuantity), config: config)
            }
        }
        let count = min(config.maxBuildQuantity, budget.funds / 2 / max(1, config.militaryCost))
        if count > 0 { _ = budget.add(.military, at: yard, quantity: count, config: config) }
        if budget.funds >= config.industryCost * 2 {
            _ = budget.add(.industry, at: yard, quantity: min(config.maxBuildQuantity, budget.funds / 2 / config.industryCost), config: config)
        }
        for colony in knowledge.colonies where colony.defenses == 0 && colony.population >= 3 {
            _ = budget.add(.defenses, at: colony, quantity: 1, config: config)
        }
        return budget.lines
    }
}

extension BotPlanner {
    /// Troop ships an invasion of a colony of this population needs (the rule of `TurnWorkspace`).
    func troopsNeeded(population: Int) -> Int {
        let per = max(1, config.populationPerTroopShip)
        return max(1, (population + per - 1) / per)
    }
}
