import Testing
@testable import Engine

/// Whole games played by the reference bots, checked turn by turn.
@Suite struct PropertyTests {
    /// Checks one resolved turn against the state it came from.
    static func checkTurn(before: GameState, result: TurnResult) throws {
        let after = result.state
        let metrics = Dictionary(uniqueKeysWithValues: result.metrics.map { ($0.houseID, $0) })
        #expect(after.game.turn == before.game.turn + 1)
        #expect(result.stateHash == StateHash.of(after))
        var sorted = after
        sorted.normalizeOrder()
        #expect(sorted == after, "arrays stay sorted")

        // Treasury and ships change only through the rules that change them.
        func ships(_ state: GameState) -> [String: Int] {
            state.fleets.reduce(into: [:]) { $0[$1.ownerHouseID, default: 0] += $1.ships.count }
        }
        let shipsBefore = ships(before)
        let shipsAfter = ships(after)
        for house in before.houses {
            let m = try #require(metrics[house.id])
            let now = after.house(house.id)!
            #expect(now.treasury == house.treasury + m.production - m.upkeep - m.buildSpending, "treasury of \(house.name)")
            let expected = (shipsBefore[house.id] ?? 0) + m.shipsBuiltMilitary + m.shipsBuiltSpacelift - m.shipsLost - m.shipsConsumed
            #expect((shipsAfter[house.id] ?? 0) == expected, "ships of \(house.name)")
        }
        #expect(result.metrics.reduce(0) { $0 + $1.shipsLost } == result.metrics.reduce(0) { $0 + $1.shipsDestroyed })

        // No ship stands where it could not have reached.
        let graph = StarGraph(state: before)
        var origin: [String: (fleet: Fleet, system: String)] = [:]
        for fleet in before.fleets { for ship in fleet.ships { origin[ship.id] = (fleet, fleet.locationSystemID) } }
        for fleet in after.fleets {
            for ship in fleet.ships {
                guard let start = origin[ship.id] else {
                    #expect(after.colony(at: fleet.locationSystemID)?.ownerHouseID == fleet.ownerHouseID, "new ships appear at own colonies")
                    continue
                }
                let to = fleet.locationSystemID
                if to == start.system { continue }
                let allowed = start.fleet.mayUseRestrictedLanes
                if let lane = graph.lane(start.system, to), allowed || lane != .restricted { continue }
                // Otherwise only a double jump over two Major lanes through an own colony gets there.
                let viaOwnColony = graph.neighbours(of: start.system).contains { edge in
                    edge.type == .major && graph.lane(edge.to, to) == .major
                        && before.colony(at: edge.to)?.ownerHouseID == start.fleet.ownerHouseID
                }
                #expect(viaOwnColony, "ship \(ship.id) went from \(start.system) to \(to)")
            }
        }

        // Eliminated houses never act.
        for house in before.houses where house.eliminated {
            #expect(!after.fleets.contains { $0.ownerHouseID == house.id })
            #expect(!after.colonies.contains { $0.ownerHouseID == house.id })
            #expect(!result.events.contains { $0.houseID == house.id })
            #expect(!result.orderOutcomes.contains { $0.houseID == house.id })
        }
        for event in result.events {
            if case .houses(let ids) = event.visibility { #expect(ids == ids.sorted() && !ids.isEmpty) }
        }
    }

    /// Plays a game to its end (or `maxTurns`), checking every turn; returns the results.
    static func play(
        _ state: GameState, strategies: [ReferenceBot.Strategy], botSeed: UInt64, maxTurns: Int, check: Bool = true
    ) throws -> (state: GameState, results: [TurnResult]) {
        var state = state
        var results: [TurnResult] = []
        while state.game.phase == .active, results.count < maxTurns {
            var submissions = botSubmissions(state, strategies: strategies, botSeed: botSeed)
            let validator = OrderValidator(state: state)
            for (houseID, orders) in submissions {
                let errors = validator.validate(orders, house: houseID).errors
                #expect(errors.isEmpty, "bot orders rejected: \(errors)")
            }
            // An eliminated house that still sends orders is ignored.
            for house in state.houses where house.eliminated {
                submissions[house.id] = Orders(builds: [BuildOrder(colony: state.colonies.first?.id ?? "x", .military)])
            }
            let result = try TurnResolver.resolve(state: state, submissions: submissions)
            if check { try checkTurn(before: state, result: result) }
            results.append(result)
            state = result.state
        }
        return (state, results)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func sameInputsGiveIdenticalBytes(seed: UInt64) throws {
        let start = try makeGame(players: 4, seed: seed, rings: 4)
        let first = try Self.play(start, strategies: [.greedy, .random], botSeed: seed, maxTurns: 10, check: false)
        let second = try Self.play(start, strategies: [.greedy, .random], botSeed: seed, maxTurns: 10, check: false)
        #expect(first.results.count == second.results.count)
        for (a, b) in zip(first.results, second.results) {
            #expect(try canonicalJSON(a) == canonicalJSON(b))
            #expect(a.stateHash == b.stateHash)
        }
        // The state survives a JSON round trip with the same hash.
        let decoded = try JSONDecoderForTests.decode(GameState.self, from: String(decoding: try canonicalJSON(first.state), as: UTF8.self))
        #expect(decoded == first.state)
        #expect(StateHash.of(decoded) == StateHash.of(first.state))
    }

    @Test func stateHashSeesEveryKindOfChange() throws {
        let state = try makeGame(players: 2, seed: 4)
        let hash = StateHash.of(state)
        var changed = state
        changed.fleets[0].ships[0].hullPoints -= 1
        #expect(StateHash.of(changed) != hash)
        changed = state
        changed.houses[1].treasury += 1
        #expect(StateHash.of(changed) != hash)
        changed = state
        changed.fleets[0].standingOrder = .hold
        #expect(StateHash.of(changed) != hash)
        changed = state
        changed.intel[0].systems.removeLast()
        #expect(StateHash.of(changed) != hash)
        #expect(hash.count == 16)
    }

    @Test(
        arguments: [
            (2, 40, 1 as UInt64), (2, 40, 2 as UInt64), (4, 30, 3 as UInt64),
        ] as [(Int, Int, UInt64)])
    func botsPlaySmallGamesToAVictory(players: Int, turnLimit: Int, seed: UInt64) throws {
        let start = try makeGame(players: players, seed: seed, turnLimit: turnLimit)
        let (end, results) = try Self.play(start, strategies: [.greedy, .random, .greedy, .greedy], botSeed: seed, maxTurns: turnLimit)
        #expect(end.game.phase == .completed)
        let winner = try #require(end.game.winnerHouseID)
        #expect(end.house(winner)?.eliminated == false)
        #expect(results.count <= turnLimit)
        #expect(results.last?.events.contains { $0.type == .gameWon && $0.houseID == winner } == true)
        // Something happened along the way.
        #expect(results.contains { $0.events.contains { $0.type == .colonyFounded } })
    }

    @Test func greedyBotsFightToElimination() throws {
        // A cramped map with cheap warships: the greedy bots should meet and finish someone off.
        var config = GameConfig()
        config.militaryCost = 10
        let start = try makeGame(players: 2, seed: 21, turnLimit: 80, rings: 2, config: config)
        let (end, results) = try Self.play(start, strategies: [.greedy], botSeed: 5, maxTurns: 80)
        #expect(end.game.phase == .completed)
        #expect(results.contains { $0.events.contains { $0.type == .battle } })
        #expect(results.contains { $0.events.contains { $0.type == .colonyCaptured || $0.type == .houseEliminated } })
    }

    @Test func twelveHousesPlayToTheTurnLimit() throws {
        let start = try makeGame(players: 12, seed: 12, turnLimit: 12)
        #expect(start.systems.count == 469)
        let (end, results) = try Self.play(start, strategies: [.greedy, .random], botSeed: 12, maxTurns: 12)
        #expect(end.game.phase == .completed)
        #expect(results.count == 12)
        #expect(end.game.winnerHouseID != nil)
        #expect(results.last?.metrics.map(\.rank).sorted() == Array(1...12))
    }

    @Test func completedGameRefusesToResolve() throws {
        var state = try makeGame(players: 2, seed: 1)
        state.game.phase = .completed
        #expect(throws: ResolutionError.self) { try TurnResolver.resolve(state: state, submissions: [:]) }
    }

    @Test func calendarRollsOverAfterThirteenMonths() throws {
        var state = World(systems: ["a"], lanes: []).state()
        for _ in 0..<13 { state = try TurnResolver.resolve(state: state, submissions: [:]).state }
        #expect(state.game.turn == 14)
        #expect(state.game.year == 2002)
        #expect(state.game.month == 1)
    }
}
