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
            if fleet.hasSpacelift, let target = nearest(targets.filter { !invasionTargets.contains($0) }, in: reach) ?? nearest(targets, in: reach) {
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
                    .min(by: { ($0.lastSeenTurn, $0.systemID) < ($1.lastSeenTurn, $1.systemID) }) {
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
        // An invasion group: warships and troop ships launched together form one fleet.
        if budget.funds >= 3 * config.militaryCost + 2 * config.spaceliftCost, random.int(in: 0...2) > 0 {
            _ = budget.add(.military, at: yard, quantity: 3, config: config)
            _ = budget.add(.spacelift, at: yard, quantity: 2, config: config)
        } else {
            let count = min(3, budget.funds / max(1, config.militaryCost))
            if count > 0 { _ = budget.add(.military, at: yard, quantity: count, config: config) }
        }
        if budget.funds >= config.industryCost * 2 {
            _ = budget.add(.industry, at: yard, quantity: 1, config: config)
        }
        for colony in knowledge.colonies where colony.defenses == 0 && colony.population >= 3 {
            _ = budget.add(.defenses, at: colony, quantity: 1, config: config)
        }
        return budget.lines
    }
}
