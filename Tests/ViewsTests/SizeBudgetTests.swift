import Foundation
import Testing
import Engine
import Views

/// A view must stay small enough for a model to read every turn (DESIGN.md
/// §4): in a 4-house standard game at most 8 KB at turn 1 and 24 KB at any
/// turn up to 30; 12 houses at most 12 KB at turn 1; view.md at most 60% of
/// view.json. `ec4x bench` reports the same figures.
@Suite struct SizeBudgetTests {
    static let games: [(UInt64, [ReferenceBot.Strategy])] = [(1, [.greedy]), (7, [.greedy]), (19, [.greedy, .random]), (23, [.random])]

    @Test(arguments: games)
    func viewsStayWithinBudget(seed: UInt64, strategies: [ReferenceBot.Strategy]) throws {
        #expect(GameSetup.standard(players: 4).rings == 4, "the standard 4-house game has 4 rings")
        let game = try BotGames.play(players: 4, seed: seed, turns: 29, rings: 4, strategies: strategies, alliances: [(0, 1)])
        var largest = 0
        for turn in game {
            let map = PublicMap.make(state: turn.state)
            for house in turn.state.houses {
                let view = ViewBuilder.view(
                    of: house.id, state: turn.state, lastTurnEvents: turn.lastEvents,
                    submittedSlugs: turn.state.houses.map(\.slug), deadline: 1_900_000_000, open: false
                )
                let size = ViewBuilder.encode(view).count
                largest = max(largest, size)
                let budget = turn.state.game.turn == 1 ? 8 * 1024 : 24 * 1024
                #expect(size <= budget, "turn \(turn.state.game.turn), house \(house.slug): \(size) bytes > \(budget)")
                let brief = ViewBrief.markdown(view: view, map: map).utf8.count
                #expect(brief * 100 <= size * 60, "turn \(turn.state.game.turn), house \(house.slug): view.md \(brief) bytes, view.json \(size)")
            }
        }
        print("view sizes, seed \(seed) \(strategies.map(\.rawValue)): largest \(largest) bytes")
    }

    @Test func twelveHousesAtTurnOne() throws {
        for seed in [UInt64(1), 2] {
            let state = try InitialStateBuilder.build(setup: .standard(players: 12), seed: seed)
            let map = PublicMap.make(state: state)
            for house in state.houses {
                let view = ViewBuilder.view(of: house.id, state: state, lastTurnEvents: [], submittedSlugs: [], deadline: 1_900_000_000, open: false)
                let size = ViewBuilder.encode(view).count
                #expect(size <= 12 * 1024, "house \(house.slug): \(size) bytes")
                #expect(ViewBrief.markdown(view: view, map: map).utf8.count * 100 <= size * 60)
            }
        }
    }
}
