import Foundation
import PropertyBased
import Testing
@testable import Engine

/// Rules that hold for every game, checked on generated games played a few turns by the reference bots.
/// Runs are kept small (2–4 houses, 2–3 rings, a few turns) so each property takes seconds in debug.
@Suite struct EngineInvariantPropertyTests {
    /// One generated game: its seed, the bots' seed, the number of houses and the map size.
    struct GameSpec: Sendable, CustomStringConvertible {
        var seed: UInt64
        var botSeed: UInt64
        var players: Int
        var rings: Int
        var description: String { "seed \(seed), bot seed \(botSeed), \(players) players, \(rings) rings" }
    }

    static let games = zip(
        Gen.uint64(in: 1...1_000_000), Gen.uint64(in: 1...1_000_000), Gen.int(in: 2...4), Gen.int(in: 2...3)
    ).map { GameSpec(seed: $0, botSeed: $1, players: $2, rings: $3) }

    static let turns = 6

    /// One resolved turn with what it started from.
    struct PlayedTurn {
        var before: GameState
        var submissions: [String: Orders]
        var result: TurnResult
    }

    /// Plays `spec` for `turns` turns with the reference bots.
    static func play(_ spec: GameSpec) throws -> [PlayedTurn] {
        var state = try makeGame(players: spec.players, seed: spec.seed, rings: spec.rings)
        var played: [PlayedTurn] = []
        for _ in 0..<turns where state.game.phase == .active {
            let submissions = botSubmissions(state, strategies: [.greedy, .random], botSeed: spec.botSeed)
            let result = try TurnResolver.resolve(state: state, submissions: submissions)
            played.append(PlayedTurn(before: state, submissions: submissions, result: result))
            state = result.state
        }
        return played
    }

    /// Sums an integer field of the events of one type, per house.
    static func total(_ field: String, of type: EventType, in events: [TurnEvent], where include: (TurnEvent) -> Bool = { _ in true }) -> [String: Int] {
        events.reduce(into: [:]) { sums, event in
            guard event.type == type, include(event), let house = event.houseID, case .int(let value)? = event.data[field] else { return }
            sums[house, default: 0] += value
        }
    }

    static func shipsPerHouse(_ state: GameState) -> [String: Int] {
        state.fleets.reduce(into: [:]) { $0[$1.ownerHouseID, default: 0] += $1.ships.count }
    }

    @Test func shipsNeverAppearFromNothing() async {
        await propertyCheck(count: 12, input: Self.games) { spec in
            for turn in try Self.play(spec) { Self.checkShips(turn) }
        }
    }

    @Test func treasuryMovesOnlyByIncomeUpkeepAndBuilds() async {
        await propertyCheck(count: 12, input: Self.games) { spec in
            for turn in try Self.play(spec) { Self.checkTreasury(turn) }
        }
    }

    @Test func sameStateAndOrdersGiveTheSameBytes() async {
        await propertyCheck(count: 8, input: Self.games) { spec in
            for turn in try Self.play(spec) { try Self.checkRepeatable(turn) }
        }
    }

    /// Per house: ships after the turn ≤ ships before + ships delivered by the turn's BuildCompleted events.
    static func checkShips(_ turn: PlayedTurn) {
        let completed = total("quantity", of: .buildCompleted, in: turn.result.events) {
            $0.orderType == BuildItem.military.rawValue || $0.orderType == BuildItem.spacelift.rawValue
        }
        let shipsBefore = shipsPerHouse(turn.before)
        let shipsAfter = shipsPerHouse(turn.result.state)
        for house in turn.before.houses {
            let limit = shipsBefore[house.id, default: 0] + completed[house.id, default: 0]
            #expect(shipsAfter[house.id, default: 0] <= limit, "\(house.slug), turn \(turn.result.resolvedTurn)")
        }
    }

    /// Per house, as the events tell it: treasury after = before + Income.production − Income.upkeep
    /// − the prices of the BuildOrdered events; the metrics row agrees.
    static func checkTreasury(_ turn: PlayedTurn) {
        let events = turn.result.events
        let production = total("production", of: .income, in: events)
        let upkeep = total("upkeep", of: .income, in: events)
        let spent = total("cost", of: .buildOrdered, in: events)
        let metrics = Dictionary(uniqueKeysWithValues: turn.result.metrics.map { ($0.houseID, $0) })
        for house in turn.before.houses {
            let now = turn.result.state.house(house.id)?.treasury
            let expected = house.treasury + production[house.id, default: 0] - upkeep[house.id, default: 0] - spent[house.id, default: 0]
            #expect(now == expected, "\(house.slug), turn \(turn.result.resolvedTurn)")
            #expect(metrics[house.id]?.treasuryChange == expected - house.treasury, "\(house.slug) metrics")
            #expect(metrics[house.id]?.buildSpending == spent[house.id, default: 0], "\(house.slug) build spending")
        }
    }

    /// Resolving the same state and orders again gives the same hash and the same encoded events and result.
    static func checkRepeatable(_ turn: PlayedTurn) throws {
        let again = try TurnResolver.resolve(state: turn.before, submissions: turn.submissions)
        #expect(again.stateHash == turn.result.stateHash)
        #expect(try canonicalJSON(again.events) == canonicalJSON(turn.result.events))
        #expect(try canonicalJSON(again) == canonicalJSON(turn.result))
    }
}
