import Foundation
import Testing
@testable import Engine

/// The scale target: 12 houses, 469 systems, 2,000 fleets, 10,000 ships.
/// Opt-in (set EC4X_ENGINE_BENCH=1), and meaningful in a release build:
/// `EC4X_ENGINE_BENCH=1 swift test -c release --filter PerformanceTests`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["EC4X_ENGINE_BENCH"] == "1"))
struct PerformanceTests {
    static func crowdedState() throws -> (GameState, [String: Orders]) {
        var state = try makeGame(players: 12, seed: 99)
        var random = SeededRandom(seed: 99, stream: "bench")
        var ids = IDGenerator(seed: 99, stream: "bench-ids")
        var fleets: [Fleet] = []
        var submissions: [String: Orders] = [:]
        let systems = state.systems.map(\.id)
        for index in 0..<2000 {
            let house = state.houses[index % 12]
            var ships: [Ship] = []
            for n in 0..<5 {
                ships.append(InitialStateBuilder.newShip(id: ids.next(), type: n == 4 ? .spacelift : .military, config: state.config))
            }
            let fleet = Fleet(id: ids.next(), ownerHouseID: house.id, locationSystemID: systems[random.int(in: 0...(systems.count - 1))], ships: ships)
            fleets.append(fleet)
            let target = systems[random.int(in: 0...(systems.count - 1))]
            submissions[house.id, default: Orders()].fleetOrders.append(FleetOrder(fleet: fleet.id, .move, to: target))
        }
        state.fleets = fleets
        state.normalizeOrder()
        IntelUpdater.update(&state)
        return (state, submissions)
    }

    @Test func resolvesACrowdedTurnQuickly() throws {
        let (state, submissions) = try Self.crowdedState()
        #expect(state.fleets.count == 2000)
        #expect(state.fleets.reduce(0) { $0 + $1.ships.count } == 10_000)
        let clock = ContinuousClock()
        var result: TurnResult?
        let elapsed = try clock.measure { result = try TurnResolver.resolve(state: state, submissions: submissions) }
        print("resolve of a 12-house, 2,000-fleet turn: \(elapsed)")
        #expect(result?.state.game.turn == 2)
        let validation = clock.measure {
            let validator = OrderValidator(state: state)
            for (house, orders) in submissions { _ = validator.validate(orders, house: house) }
        }
        print("validation of all 12 submissions: \(validation)")
        let hash = clock.measure { _ = StateHash.of(state) }
        print("state hash: \(hash)")
        #expect(elapsed < .milliseconds(150))
    }
}
