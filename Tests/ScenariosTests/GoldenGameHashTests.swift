import Engine
import Foundation
import Scenarios
import Testing

/// Pins the state hash of one seeded bot game per shipped scenario at fixed
/// turns. Every stored game is replayed against hashes like these, so a
/// change here means old games no longer replay.
///
/// If a hash changes on purpose (a rule change), update the hashes below in
/// the same commit and add a note to docs/RULES.md saying which rule changed:
/// games recorded before it will no longer replay. If it changes and no rule
/// did, something became nondeterministic or platform-dependent (iteration
/// order, a standard-library algorithm, floating point): find it, do not
/// update the hashes.
@Suite struct GoldenGameHashTests {
    /// The seed of every pinned game, and of its bots.
    static let seed: UInt64 = 20_261_202

    /// Seats alternate between the two reference strategies, so both bots' draws are pinned.
    static let strategies: [ReferenceBot.Strategy] = [.greedy, .random]

    struct Pinned: Sendable, CustomTestStringConvertible {
        var scenario: String
        /// Turn number → `StateHash.of` the state at the start of that turn.
        var hashes: [Int: String]
        var testDescription: String { scenario }
    }

    static let pinned: [Pinned] = [
        Pinned(scenario: "standard-2-player", hashes: [1: "e399575cda4ff7b2", 10: "4e7f8f9d492a4846", 20: "29db743014c88b44"]),
        Pinned(scenario: "standard-4-player", hashes: [1: "cdffbd5419a53539", 10: "7423efe9fce37050", 20: "5bb6a8eeca4948df"]),
        Pinned(scenario: "large-12-player", hashes: [1: "8b42987e1945cb62", 10: "2d36aff4ccfcb963", 20: "9c040c5f29bb56a3"]),
    ]

    @Test(arguments: pinned)
    func aSeededBotGameKeepsItsStateHashes(_ pinned: Pinned) throws {
        let file = scenariosFolder.appendingPathComponent("\(pinned.scenario).kdl")
        // As `ec4x new --scenario NAME` reads it: the scenario's name is its source.
        let setup = try ScenarioLoader.load([UInt8](Data(contentsOf: file)), file: file.lastPathComponent, source: pinned.scenario)
        var state = try InitialStateBuilder.build(setup: setup, seed: Self.seed)
        var seen: [Int: String] = [:]
        let last = try #require(pinned.hashes.keys.max())
        while true {
            if pinned.hashes[state.game.turn] != nil { seen[state.game.turn] = StateHash.of(state) }
            guard state.game.turn < last, state.game.phase == .active else { break }
            state = try TurnResolver.resolve(state: state, submissions: Self.botOrders(state)).state
        }
        #expect(seen == pinned.hashes)
    }

    /// Every active house's reference-bot orders, from its own knowledge.
    static func botOrders(_ state: GameState) -> [String: Orders] {
        var orders: [String: Orders] = [:]
        for (seat, house) in state.houses.enumerated() where !house.eliminated {
            guard let knowledge = HouseKnowledge.make(from: state, for: house.id) else { continue }
            orders[house.id] = ReferenceBot(strategy: strategies[seat % strategies.count], seed: seed).orders(for: knowledge)
        }
        return orders
    }
}
