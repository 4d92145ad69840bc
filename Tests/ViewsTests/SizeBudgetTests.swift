import Foundation
import Testing
import Engine
import Views

/// A view must stay small enough for a model to read every turn: in a
/// 4-house standard game (4 rings), at most 24 KB at turn 1 and 48 KB at turn 30.
@Suite struct SizeBudgetTests {
    static let budgets = [(turn: 1, bytes: 24 * 1024), (turn: 30, bytes: 48 * 1024)]

    static let games: [(UInt64, [ReferenceBot.Strategy])] = [(1, [.greedy]), (7, [.greedy]), (19, [.greedy, .random]), (23, [.random])]

    @Test(arguments: games)
    func viewsStayWithinBudget(seed: UInt64, strategies: [ReferenceBot.Strategy]) throws {
        #expect(GameSetup.standard(players: 4).rings == 4, "the standard 4-house game has 4 rings")
        let game = try BotGames.play(players: 4, seed: seed, turns: 29, rings: 4, strategies: strategies, alliances: [(0, 1)])
        for budget in Self.budgets {
            let turn = try #require(game.first { $0.state.game.turn == budget.turn }, "the game reached turn \(budget.turn)")
            var sizes: [String] = []
            for house in turn.state.houses {
                let view = ViewBuilder.view(
                    of: house.id, state: turn.state, lastTurnEvents: turn.lastEvents,
                    submittedSlugs: turn.state.houses.map(\.slug), deadline: 1_900_000_000, open: false
                )
                let size = ViewBuilder.encode(view).count
                sizes.append("\(house.slug) \(size)")
                #expect(size <= budget.bytes, "turn \(budget.turn), house \(house.slug): \(size) bytes > \(budget.bytes)")
            }
            print("view sizes, seed \(seed) \(strategies.map(\.rawValue)), turn \(budget.turn): \(sizes.joined(separator: ", ")) (budget \(budget.bytes))")
        }
    }
}
