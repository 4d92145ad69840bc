import Engine
import Foundation
import GRDB
import Testing
@testable import Games

/// DESIGN.md §3: ids and dice come from a secret key, so nothing a player
/// sees — the game id above all — predicts another id.
@Suite struct SecretGameKeyTests {
    /// Every id of a game's state.
    func ids(_ state: GameState) -> Set<String> {
        var ids: Set<String> = [state.game.id]
        ids.formUnion(state.houses.map(\.id))
        ids.formUnion(state.systems.map(\.id))
        ids.formUnion(state.colonies.map(\.id))
        ids.formUnion(state.fleets.map(\.id))
        ids.formUnion(state.fleets.flatMap { $0.ships.map(\.id) })
        return ids
    }

    @Test func twoGamesWithoutSeedShareNoStructure() throws {
        let first = try TestGame(players: 4, seed: nil)
        let second = try TestGame(players: 4, seed: nil)
        #expect(first.created.seed == nil)
        #expect(first.state.game.id != second.state.game.id)
        #expect(ids(first.state).isDisjoint(with: ids(second.state)))
        #expect(first.state.systems.map(\.name).sorted() != second.state.systems.map(\.name).sorted())
        #expect(first.state.game.dice.streamVersion == 2 && first.state.game.key != second.state.game.key)
    }

    @Test func aSplitMixInversionFromTheFolderNameFindsNoFleetID() throws {
        let game = try TestGame(players: 4, seed: nil)
        let fleets = Set(game.state.fleets.map(\.id))
        #expect(!fleets.isEmpty)
        #expect(SplitMixAttack.predictedIDs(fromGameID: game.state.game.id).isDisjoint(with: fleets))
    }

    /// The attack works on a game of the old stream: the test above can fail.
    @Test func theInversionFindsEveryFleetOfAVersionOneGame() throws {
        let state = try InitialStateBuilder.build(setup: GameSetup.standard(players: 4), dice: GameDice(seed: 12_345, key: nil))
        let predicted = SplitMixAttack.predictedIDs(fromGameID: state.game.id)
        #expect(Set(state.fleets.map(\.id)).isSubset(of: predicted))
    }

    @Test func aSeededGameIsReproducibleAndItsKeyStaysInTheDatabase() throws {
        let first = try TestGame(players: 2, seed: 77)
        let second = try TestGame(players: 2, seed: 77)
        #expect(first.created.seed == 77)
        #expect(ids(first.state) == ids(second.state))
        #expect(first.state.game.key == GameKey(seed: 77))
        // Reopened from the database, the game draws from the same key.
        let reopened = try GameSession(folder: first.session.folder)
        #expect(reopened.state.game.key == GameKey(seed: 77))
        let stream = try DatabaseQueue(path: first.session.folder.databaseURL.path).read { db in
            try Int.fetchOne(db, sql: "SELECT random_stream FROM games")
        }
        #expect(stream == 2)
    }
}

/// What a player could try with nothing but the folder name: invert the
/// SplitMix64 output the game id would be under the old stream, and run the
/// stream on; also SplitMix64 seeded from FNV-1a hashes of the id.
enum SplitMixAttack {
    static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

    static func predictedIDs(fromGameID gameID: String, count: Int = 3_000) -> Set<String> {
        let hex = Array(gameID.replacingOccurrences(of: "-", with: "").utf8)
        let bytes = stride(from: 0, to: hex.count, by: 2).map { UInt8(String(decoding: hex[$0..<$0 + 2], as: UTF8.self), radix: 16)! }
        let firstWord = (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[$1]) << UInt64(8 * $1) }
        var starts: [SeededRandom] = []
        // The version nibble hid four bits of the first output: try all sixteen.
        for nibble in UInt64(0)..<16 {
            let output = (firstWord & ~(UInt64(0xF0) << 48)) | (nibble << 52)
            // Output 1 came from state + gamma; resume right before it.
            starts.append(SeededRandom(seed: invert(output) &- gamma))
        }
        for seed in [fnv(gameID), fnv(String(decoding: hex, as: UTF8.self))] {
            starts.append(SeededRandom(seed: seed))
            starts.append(SeededRandom(seed: seed, stream: "ids"))
        }
        var predicted: Set<String> = []
        for start in starts {
            var ids = IDGenerator(random: start)
            for _ in 0..<count { predicted.insert(ids.next()) }
        }
        return predicted
    }

    static func fnv(_ text: String) -> UInt64 {
        var hash = StableHash()
        hash.combine(text)
        return hash.value
    }

    /// The SplitMix64 state that gives `output`.
    static func invert(_ output: UInt64) -> UInt64 {
        var z = unshift(output, 31)
        z = z &* inverse(0x94D0_49BB_1331_11EB)
        z = unshift(z, 27)
        z = z &* inverse(0xBF58_476D_1CE4_E5B9)
        return unshift(z, 30)
    }

    static func unshift(_ value: UInt64, _ shift: UInt64) -> UInt64 {
        var result = value
        for _ in 0..<(64 / shift + 1) { result = value ^ (result >> shift) }
        return result
    }

    static func inverse(_ odd: UInt64) -> UInt64 {
        var inverse = odd
        for _ in 0..<6 { inverse = inverse &* (2 &- odd &* inverse) }
        return inverse
    }
}
