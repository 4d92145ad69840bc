import Engine
import Foundation
import Scenarios
import Testing

/// Pins the state hash of one seeded bot game per shipped scenario and
/// random stream at fixed turns: the same key (or seed) gives the same bytes
/// on every Swift release. Every stored game is replayed against hashes like these, so a
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
        /// 2: ids and dice from the key `--seed` derives (every game made now);
        /// 1: the SplitMix64 stream over the seed that games made before keys keep.
        var streamVersion: Int
        /// Turn number → `StateHash.of` the state at the start of that turn.
        var hashes: [Int: String]
        var testDescription: String { "\(scenario), stream \(streamVersion)" }
    }

    static let pinned: [Pinned] = [
        Pinned(scenario: "standard-2-player", streamVersion: 2, hashes: [1: "2778fcc7a001b3da", 10: "24a6204e0c0ed07b", 20: "8ee7e671215ea59b"]),
        Pinned(scenario: "standard-4-player", streamVersion: 2, hashes: [1: "fa3ba6446e302ce6", 10: "33b42b0197588e3a", 20: "33b0957a2587f1af"]),
        Pinned(scenario: "large-12-player", streamVersion: 2, hashes: [1: "c5b0b7f7248e51b2", 10: "8e4c8fe6da526afa", 20: "4919be361a9cd358"]),
        // The hashes these games had before keys existed: stored games of stream 1 must still replay.
        Pinned(scenario: "standard-2-player", streamVersion: 1, hashes: [1: "5c9cd51244b1f33f", 10: "c71bf6d7ac8fecfd", 20: "8a15cc51c3cb0b38"]),
        Pinned(scenario: "standard-4-player", streamVersion: 1, hashes: [1: "f5ee728f0da2a60a", 10: "cd061fab85330372", 20: "3391d6a45e17ab2f"]),
        Pinned(scenario: "large-12-player", streamVersion: 1, hashes: [1: "d0be5a89d29043c5", 10: "1074da37087e701e", 20: "6bcb1d82b91ab732"]),
    ]

    @Test(arguments: pinned)
    func aSeededBotGameKeepsItsStateHashes(_ pinned: Pinned) throws {
        let file = scenariosFolder.appendingPathComponent("\(pinned.scenario).kdl")
        // As `ec4x new --scenario NAME --seed N` reads it: the scenario's name is its source.
        let setup = try ScenarioLoader.load([UInt8](Data(contentsOf: file)), file: file.lastPathComponent, source: pinned.scenario)
        let dice = GameDice(seed: Self.seed, key: pinned.streamVersion == 2 ? GameKey(seed: Self.seed) : nil)
        var state = try InitialStateBuilder.build(setup: setup, dice: dice)
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
