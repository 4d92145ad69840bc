import Engine
import Views

/// The view budgets of DESIGN.md §4, measured on seeded bot games played in
/// process: the largest view.json of any house at turn 1 of 4- and 12-house
/// games, the largest of any house and turn in 30-turn 4-house games, the
/// largest view.md as a share of its view.json, and map.json for reference.
/// Each figure is reported beside its budget.
public func measureViewSizes(seeds: [UInt64]) throws -> BenchSection {
    var section = BenchSection(title: "View sizes (bytes; seeded bot games, every house)")
    var fourTurnOne = 0
    var fourLargest = (bytes: 0, turn: 0)
    var twelveTurnOne = 0
    var worstShare = 0.0
    var maps: [Int: Int] = [:]
    for (index, seed) in seeds.enumerated() {
        // Half the games mix the random bot in, so diplomacy and aimless fleets show up too.
        let strategies: [ReferenceBot.Strategy] = index % 2 == 0 ? [.greedy] : [.greedy, .random]
        var state = try InitialStateBuilder.build(setup: .standard(players: 4), seed: seed)
        var events: [TurnEvent] = []
        while state.game.turn <= 30 {
            let map = PublicMap.make(state: state)
            maps[4] = PublicMap.encode(map).count
            for house in state.houses {
                let view = ViewBuilder.view(
                    of: house.id, state: state, lastTurnEvents: events, submittedSlugs: state.houses.map(\.slug), deadline: 1_900_000_000,
                    open: false
                )
                let bytes = ViewBuilder.encodedBytes(view).count
                if state.game.turn == 1 { fourTurnOne = max(fourTurnOne, bytes) }
                if bytes > fourLargest.bytes { fourLargest = (bytes, state.game.turn) }
                worstShare = max(worstShare, Double(ViewBrief.markdown(view: view, map: map).utf8.count) / Double(bytes))
            }
            guard state.game.phase == .active else { break }
            let result = try TurnResolver.resolve(state: state, submissions: botOrders(state, strategies: strategies, seed: seed))
            state = result.state
            events = result.events
        }
        let twelve = try InitialStateBuilder.build(setup: .standard(players: 12), seed: seed)
        let twelveMap = PublicMap.make(state: twelve)
        maps[12] = PublicMap.encode(twelveMap).count
        for house in twelve.houses {
            let view = ViewBuilder.view(
                of: house.id, state: twelve, lastTurnEvents: [], submittedSlugs: [], deadline: 1_900_000_000, open: false
            )
            let bytes = ViewBuilder.encodedBytes(view).count
            twelveTurnOne = max(twelveTurnOne, bytes)
            worstShare = max(worstShare, Double(ViewBrief.markdown(view: view, map: twelveMap).utf8.count) / Double(bytes))
        }
    }
    let budgets = (fourTurnOne: 8 * 1024, fourLargest: 24 * 1024, twelveTurnOne: 12 * 1024, share: 0.60)
    section.integer("views.four_houses_turn_1_max_bytes", fourTurnOne, "4 houses, turn 1: largest view.json", unit: "B", note: "budget \(budgets.fourTurnOne)")
    section.integer("views.four_houses_turn_1_budget_bytes", budgets.fourTurnOne, "4 houses, turn 1: budget", unit: "B")
    section.integer("views.four_houses_30_turns_max_bytes", fourLargest.bytes, "4 houses, 30 turns: largest view.json", unit: "B", note: "budget \(budgets.fourLargest)")
    section.integer("views.four_houses_30_turns_max_turn", fourLargest.turn, "4 houses, 30 turns: turn of the largest view")
    section.integer("views.four_houses_30_turns_budget_bytes", budgets.fourLargest, "4 houses, 30 turns: budget", unit: "B")
    section.integer("views.twelve_houses_turn_1_max_bytes", twelveTurnOne, "12 houses, turn 1: largest view.json", unit: "B", note: "budget \(budgets.twelveTurnOne)")
    section.integer("views.twelve_houses_turn_1_budget_bytes", budgets.twelveTurnOne, "12 houses, turn 1: budget", unit: "B")
    section.number("views.markdown_share_max", worstShare, "largest view.md / view.json", note: "budget \(budgets.share)")
    section.number("views.markdown_share_budget", budgets.share, "view.md / view.json: budget")
    section.integer("views.map_json_four_houses_bytes", maps[4] ?? 0, "map.json, 4 houses (written once)", unit: "B")
    section.integer("views.map_json_twelve_houses_bytes", maps[12] ?? 0, "map.json, 12 houses (written once)", unit: "B")
    section.integer("views.games", seeds.count, "seeded games (4 houses, 30 turns; 12 houses, turn 1)")
    section.flag(
        "views.budgets_met",
        fourTurnOne <= budgets.fourTurnOne && fourLargest.bytes <= budgets.fourLargest && twelveTurnOne <= budgets.twelveTurnOne
            && worstShare <= budgets.share,
        "every view budget met"
    )
    return section
}

/// Every active house's reference-bot orders, from its own knowledge.
private func botOrders(_ state: GameState, strategies: [ReferenceBot.Strategy], seed: UInt64) -> [String: Orders] {
    var orders: [String: Orders] = [:]
    for (seat, house) in state.houses.enumerated() where !house.eliminated {
        guard let knowledge = HouseKnowledge.make(from: state, for: house.id) else { continue }
        orders[house.id] = ReferenceBot(strategy: strategies[seat % strategies.count], seed: seed).orders(for: knowledge)
    }
    return orders
}
