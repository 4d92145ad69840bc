/// The map work both bot strategies share: distances, targets, budgets.
struct BotPlanner {
    let knowledge: HouseKnowledge
    let graph: StarGraph
    let config: GameConfig
    let ownColonyAt: [String: Colony]
    /// Systems the house believes colonized (its own or seen foreign colonies).
    let colonized: Set<String>

    init(knowledge: HouseKnowledge) {
        self.knowledge = knowledge
        graph = knowledge.graph
        config = knowledge.config
        ownColonyAt = Dictionary(uniqueKeysWithValues: knowledge.colonies.map { ($0.systemID, $0) })
        colonized = Set(knowledge.colonies.map(\.systemID)).union(knowledge.intel.colonies.map(\.systemID))
    }

    /// Lane-cost distance from `start` to every system the fleet can reach.
    func distances(from start: String, allowRestricted: Bool) -> [String: Int] {
        Pathfinder(graph: graph).distances(from: start, allowRestricted: allowRestricted)
    }

    /// The reachable candidate with the smallest distance (then smallest id).
    func nearest(_ candidates: some Sequence<String>, in distances: [String: Int]) -> String? {
        candidates.compactMap { id in distances[id].map { (id: id, cost: $0) } }
            .min { ($0.cost, $0.id) < ($1.cost, $1.id) }?.id
    }

    func enemies() -> [String] {
        knowledge.houses.filter { $0.id != knowledge.house.id && !$0.eliminated && knowledge.relation(with: $0.id) == .war }.map(\.id)
    }

    /// A list of builds that fits the budget and the colony limits.
    struct Budget {
        var funds: Int
        var lines: [BuildOrder] = []
        var addedDefenses: [String: Int] = [:]
        var addedStarbase: [String: Int] = [:]

        mutating func add(_ item: BuildItem, at colony: Colony, quantity: Int, config: GameConfig) -> Bool {
            guard quantity >= 1, quantity <= config.maxBuildQuantity else { return false }
            let cost = item.unitCost(config) * quantity
            guard cost <= funds else { return false }
            switch item {
            case .military, .spacelift:
                if colony.underSiege { return false }
            case .defenses:
                guard colony.defenses + addedDefenses[colony.id, default: 0] + quantity <= config.maxDefenses else { return false }
                addedDefenses[colony.id, default: 0] += quantity
            case .starbase:
                guard colony.starbaseLevel + addedStarbase[colony.id, default: 0] + quantity <= config.maxStarbaseLevel else { return false }
                addedStarbase[colony.id, default: 0] += quantity
            case .industry:
                break
            }
            funds -= cost
            lines.append(BuildOrder(colony: colony.id, item, quantity: quantity))
            return true
        }
    }
}
