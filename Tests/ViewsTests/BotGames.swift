import Engine

/// One turn of a recorded game: the state at its start and the events that led there.
struct RecordedTurn {
    /// The state at the start of the turn (what a view is built from).
    var state: GameState
    /// The events of the turn that led to `state` (empty for the first turn).
    var lastEvents: [TurnEvent]
}

/// Games played by the reference bots, for the view tests.
enum BotGames {
    /// Plays up to `turns` turns of a standard game; returns the state at the
    /// start of every turn played, and the one after the last. `alliances`
    /// lists pairs of seats that both propose an alliance on turn 1, so that
    /// shared intel is exercised.
    static func play(
        players: Int, seed: UInt64, turns: Int, rings: Int? = nil, strategies: [ReferenceBot.Strategy] = [.greedy],
        turnLimit: Int? = nil, alliances: [(Int, Int)] = [], streamVersion: Int = 2
    ) throws -> [RecordedTurn] {
        var setup = GameSetup.standard(players: players)
        if let rings { setup.rings = rings }
        setup.turnLimit = turnLimit
        var state = try InitialStateBuilder.build(setup: setup, dice: GameDice(seed: seed, key: streamVersion == 2 ? GameKey(seed: seed) : nil))
        var record = [RecordedTurn(state: state, lastEvents: [])]
        for _ in 0..<turns where state.game.phase == .active {
            var orders = submissions(state, strategies: strategies, seed: seed)
            if state.game.turn == 1 {
                let seats = state.houses
                for (a, b) in alliances where a < seats.count && b < seats.count {
                    for (me, other) in [(seats[a], seats[b]), (seats[b], seats[a])] {
                        orders[me.id]?.diplomacy.removeAll { $0.house == other.slug }
                        orders[me.id]?.diplomacy.append(DiplomacyOrder(house: other.slug, .alliance))
                    }
                }
            }
            let result = try TurnResolver.resolve(state: state, submissions: orders)
            state = result.state
            record.append(RecordedTurn(state: state, lastEvents: result.events))
        }
        return record
    }

    /// Every active house's bot orders, decided from its own knowledge.
    static func submissions(_ state: GameState, strategies: [ReferenceBot.Strategy], seed: UInt64) -> [String: Orders] {
        var result: [String: Orders] = [:]
        for (seat, house) in state.houses.enumerated() where !house.eliminated {
            guard let knowledge = HouseKnowledge.make(from: state, for: house.id) else { continue }
            result[house.id] = ReferenceBot(strategy: strategies[seat % strategies.count], seed: seed).orders(for: knowledge)
        }
        return result
    }
}
