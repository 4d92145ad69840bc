/// A reference player: builds a valid order set for one house from that
/// house's knowledge only. Seeded, so the same knowledge and seed give the
/// same orders.
///
/// - `random`: a legal but aimless mix of holds, single jumps, patrols,
///   joins, colonizations, builds and the odd diplomatic move.
/// - `greedy`: settles the nearest systems it believes empty, builds
///   warships and troop ships, blockades and invades the nearest enemy
///   colony it knows, and explores when it knows none.
///
/// Both answer offers of peace and non-aggression by one rule (`DiplomaticAnswer`).
public struct ReferenceBot: Sendable {
    public enum Strategy: String, Sendable, Codable, CaseIterable {
        case random
        case greedy
    }

    public var strategy: Strategy
    public var seed: UInt64

    public init(strategy: Strategy, seed: UInt64) {
        self.strategy = strategy
        self.seed = seed
    }

    public func orders(for knowledge: HouseKnowledge) -> Orders {
        guard !knowledge.house.eliminated else { return Orders() }
        var random = SeededRandom(seed: seed, stream: "bot/\(strategy.rawValue)/\(knowledge.house.id)", turn: knowledge.turn)
        let planner = BotPlanner(knowledge: knowledge)
        var orders: Orders
        switch strategy {
        case .random: orders = planner.randomOrders(&random)
        case .greedy: orders = planner.greedyOrders(&random)
        }
        orders.diplomacy += DiplomaticAnswer(knowledge: knowledge).lines(besides: orders)
        return orders
    }
}
