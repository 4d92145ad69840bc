extension BotPlanner {
    /// Legal, aimless play: a smoke test for the rules more than a player.
    func randomOrders(_ random: inout SeededRandom) -> Orders {
        var orders = Orders()
        let fleetsAt = Dictionary(grouping: knowledge.fleets, by: \.locationSystemID)
        for fleet in knowledge.fleets {
            let lanes = graph.neighbours(of: fleet.locationSystemID).filter { fleet.mayUseRestrictedLanes || $0.type != .restricted }
            let roll = random.int(in: 0...9)
            switch roll {
            case 0...2:
                orders.fleetOrders.append(FleetOrder(fleet: fleet.id, .hold))
            case 3...6 where !lanes.isEmpty:
                let lane = lanes[random.int(in: 0...(lanes.count - 1))]
                orders.fleetOrders.append(FleetOrder(fleet: fleet.id, .move, to: lane.to))
            case 7 where fleet.hasSpacelift && !colonized.contains(fleet.locationSystemID):
                orders.fleetOrders.append(FleetOrder(fleet: fleet.id, .colonize))
            case 8 where !lanes.isEmpty:
                let lane = lanes[random.int(in: 0...(lanes.count - 1))]
                orders.fleetOrders.append(FleetOrder(fleet: fleet.id, .patrol, to: lane.to))
            case 9:
                if let partner = (fleetsAt[fleet.locationSystemID] ?? []).first(where: { $0.id != fleet.id }) {
                    orders.fleetOrders.append(FleetOrder(fleet: fleet.id, .join, target: partner.id))
                }
            default:
                break  // no order: the standing order (if any) goes on
            }
        }
        var budget = Budget(funds: knowledge.fundsAfterIncome)
        if !knowledge.colonies.isEmpty, random.int(in: 0...1) == 0 {
            let colony = knowledge.colonies[random.int(in: 0...(knowledge.colonies.count - 1))]
            let item = BuildItem.allCases[random.int(in: 0...(BuildItem.allCases.count - 1))]
            _ = budget.add(item, at: colony, quantity: random.int(in: 1...2), config: config)
        }
        orders.builds = budget.lines
        let others = knowledge.houses.filter { $0.id != knowledge.house.id && !$0.eliminated }
        if !others.isEmpty, random.int(in: 0...19) == 0 {
            let other = others[random.int(in: 0...(others.count - 1))]
            let relation = DiplomaticRelation.allCases[random.int(in: 0...(DiplomaticRelation.allCases.count - 1))]
            orders.diplomacy.append(DiplomacyOrder(house: other.slug, relation))
        }
        return orders
    }
}
