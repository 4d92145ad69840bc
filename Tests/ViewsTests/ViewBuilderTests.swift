import Foundation
import Testing
import Engine
import Views

@Suite struct ViewBuilderTests {
    static func view(_ turn: RecordedTurn, _ house: House, submitted: [String] = [], open: Bool = false) -> HouseView {
        ViewBuilder.view(of: house.id, state: turn.state, lastTurnEvents: turn.lastEvents, submittedSlugs: submitted, deadline: nil, open: open)
    }

    /// The moves the view lists for one fleet: its place's list, less the
    /// entries only the other kind of fleet (restricted lanes or not) reaches.
    static func moves(_ view: HouseView, _ fleet: HouseView.OwnFleet) -> [HouseView.Move] {
        let restricted = fleet.ships.spacelift == 0 && fleet.damaged == nil
        return view.moves[fleet.at].filter { restricted ? $0.unrestricted == nil : $0.restricted == nil }
    }

    @Test func sameStateGivesSameBytes() throws {
        let game = try BotGames.play(players: 4, seed: 21, turns: 12)
        let turn = try #require(game.last)
        // A state that went through JSON and back is the same state, in the same order.
        let copy = try JSONDecoder().decode(GameState.self, from: JSONEncoder().encode(turn.state))
        for house in turn.state.houses {
            let first = ViewBuilder.encode(Self.view(turn, house, submitted: ["gamma", "alpha", "gamma"]))
            let second = ViewBuilder.encode(
                ViewBuilder.view(
                    of: house.slug, state: copy, lastTurnEvents: turn.lastEvents, submittedSlugs: ["alpha", "gamma"], deadline: nil, open: false
                ))
            #expect(first == second, "view of \(house.slug)")
        }
    }

    @Test func encodingIsCompactOrderedAndWithoutNulls() throws {
        let game = try BotGames.play(players: 3, seed: 4, turns: 6)
        let turn = try #require(game.last)
        let view = Self.view(turn, turn.state.houses[1])
        let text = try #require(String(data: ViewBuilder.encode(view), encoding: .utf8))
        #expect(text.hasPrefix(#"{"format":2,"guide":["#))
        #expect(!text.contains("null"))
        #expect(!text.contains("\n") && !text.contains("\": ") && !text.contains(", \"") && !text.contains("{ "))
        let keys = [#""game":"#, #""state_hash":"#, #""house":"#, #""fleets":"#, #""moves":"#, #""intel":"#, #""systems":"#, #""events":"#, #""orders_template":"#]
        let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted(), "top-level keys in declared order")
        #expect(try JSONDecoder().decode(HouseView.self, from: Data(text.utf8)) == view, "a view reads back as itself")
    }

    @Test func ownFiguresAndPublicFacts() throws {
        let game = try BotGames.play(players: 4, seed: 9, turns: 10, alliances: [(0, 2)])
        let state = try #require(game.last).state
        for house in state.houses {
            let view = Self.view(game.last!, house, submitted: ["beta"])
            #expect(view.house.id == house.id && view.house.treasury == house.treasury && view.house.prestige == house.prestige)
            #expect(view.house.budget == Economy.fundsAfterIncome(of: house.id, in: state))
            #expect(view.colonies.map(\.id) == state.colonies.filter { $0.ownerHouseID == house.id }.map(\.id))
            #expect(view.fleets.map(\.id) == state.fleets.filter { $0.ownerHouseID == house.id }.map(\.id))
            #expect(view.houses.map(\.slug) == state.houses.map(\.slug).sorted())
            for entry in view.houses where entry.id != house.id {
                #expect(entry.relation == state.relation(house.id, entry.id).rawValue.lowercased())
            }
            let map = PublicMap.make(state: state)
            #expect(map.systems.count == state.systems.count)
            #expect(map.systems.reduce(0) { $0 + $1.lanes.entries.count } == 2 * state.lanes.count)
            #expect(view.systems.count == (state.intel(of: house.id)?.systems.count ?? 0))
            #expect(view.houses.map(\.colonies) == view.houses.map { entry in state.colonies.filter { $0.ownerHouseID == entry.id }.count })
            #expect(view.submitted == ["beta"])
            #expect(view.stateHash == StateHash.of(state) && view.ordersTemplate?.stateHash == view.stateHash)
            let visible = game.last!.lastEvents.filter { $0.isVisible(to: house.id) }
            #expect(view.events.map(\.text) == visible.map(\.description))
        }
    }

    @Test func templateIsAValidSubmissionThatKeepsStandingOrders() throws {
        var checked = 0
        for seed in [UInt64(2), 13] {
            let game = try BotGames.play(players: 4, seed: seed, turns: 20, strategies: [.greedy, .random])
            for turn in game where turn.state.game.phase == .active {
                let validator = OrderValidator(state: turn.state)
                for house in turn.state.houses where !house.eliminated {
                    let view = Self.view(turn, house, open: seed == 2)
                    let template = try #require(view.ordersTemplate)
                    #expect(template.game == turn.state.game.id && template.house == house.slug && template.turn == turn.state.game.turn)
                    #expect((template.token == nil) == (seed == 2))
                    #expect(template.fleetOrders.map(\.fleet) == view.fleets.map(\.id), "one line per own fleet")
                    let validation = validator.validate(template.orders, house: house.id)
                    #expect(validation.isValid, "template of \(house.slug) at turn \(turn.state.game.turn): \(validation.errors)")
                    for line in validation.resolved?.fleetOrders ?? [] {
                        let standing = turn.state.fleets.first { $0.id == line.fleetID }?.standingOrder ?? .hold
                        #expect(line.command == standing || line.command == .hold, "a line is the standing order, or hold if that broke")
                        if line.command == standing { checked += 1 }
                    }
                }
            }
        }
        #expect(checked > 100)
    }

    @Test func orderKindsListedAreExactlyTheOnesTheValidatorTakes() throws {
        let game = try BotGames.play(players: 3, seed: 17, turns: 15, strategies: [.greedy, .random])
        for turn in game.filter({ $0.state.game.turn % 5 == 1 }) {
            let validator = OrderValidator(state: turn.state)
            for house in turn.state.houses where !house.eliminated {
                let view = Self.view(turn, house)
                for fleet in view.fleets {
                    let others = view.fleets.filter { $0.id != fleet.id }
                    for kind in FleetOrderKind.allCases {
                        let tries: [FleetOrder] =
                            switch kind {
                            case .hold: [FleetOrder(fleet: fleet.id, .hold)]
                            case .join: others.map { FleetOrder(fleet: fleet.id, .join, target: $0.id) }
                            case .detach:
                                [ShipSelection(military: 1), ShipSelection(spacelift: 1)].map { FleetOrder(fleet: fleet.id, .detach, ships: $0) }
                            default:
                                [FleetOrder(fleet: fleet.id, kind, to: fleet.at)]
                                    + Self.moves(view, fleet).map { FleetOrder(fleet: fleet.id, kind, to: $0.to) }
                            }
                        let accepted = tries.contains { validator.validate(Orders(fleetOrders: [$0]), house: house.id).isValid }
                        let listed = [.hold, .move, .patrol, .rendezvous].contains(kind) || fleet.can.contains(kind.rawValue)
                        #expect(accepted == listed, "\(kind) for fleet \(fleet.id) (\(fleet.ships))")
                    }
                }
            }
        }
    }

    /// Every listed move gets there this turn; every other neighbour does not.
    @Test func movesAreWhereAMoveOrderEndsThisTurn() throws {
        var viaChecked = 0
        var listed = 0
        var unlisted = 0
        let game = try BotGames.play(players: 3, seed: 6, turns: 14)
        for turn in [game[0], game[7], game[14]] {
            let graph = StarGraph(state: turn.state)
            for house in turn.state.houses where !house.eliminated {
                let view = Self.view(turn, house)
                let map = PublicMap.make(state: turn.state)
                let fullID = Dictionary(
                    uniqueKeysWithValues: turn.state.systems.map { star in
                        (map.systems.first { star.id.hasPrefix($0.id) }!.id, star.id)
                    })
                for fleet in turn.state.fleets where fleet.ownerHouseID == house.id {
                    let entry = try #require(view.fleets.first { $0.id == fleet.id })
                    let listedIDs = Set(Self.moves(view, entry).map { fullID[$0.to]! })
                    let neighbours = Set(graph.neighbours(of: fleet.locationSystemID).map(\.to))
                    for target in listedIDs.union(neighbours) {
                        let orders = Orders(fleetOrders: [FleetOrder(fleet: fleet.id, .move, to: target)])
                        guard OrderValidator.validate(orders, house: house.id, state: turn.state).isValid else {
                            #expect(!listedIDs.contains(target), "a listed move must be a valid order")
                            continue
                        }
                        let result = try TurnResolver.resolve(state: turn.state, submissions: [house.id: orders])
                        let retreated = result.events.contains { $0.type == .retreat && $0.fleetID == fleet.id }
                        guard let after = result.state.fleets.first(where: { $0.id == fleet.id }), !retreated else { continue }
                        #expect((after.locationSystemID == target) == listedIDs.contains(target), "fleet \(fleet.id) to \(target)")
                        if listedIDs.contains(target) { listed += 1 } else { unlisted += 1 }
                    }
                    viaChecked += Self.moves(view, entry).filter { $0.via != nil }.count
                }
            }
        }
        #expect(listed > 20 && unlisted > 0 && viaChecked > 0, "listed \(listed), unlisted \(unlisted), double jumps \(viaChecked)")
    }

    /// The view carries everything a bot needs: bots decide the same from the view as from the state.
    @Test func knowledgeFromTheViewDecidesLikeTheState() throws {
        var compared = 0
        for (seed, strategies) in [(UInt64(5), [ReferenceBot.Strategy.greedy]), (12, [.random, .greedy])] {
            let game = try BotGames.play(players: 4, seed: seed, turns: 24, strategies: strategies, alliances: [(1, 3)])
            for turn in game where turn.state.game.phase == .active && turn.state.game.turn % 2 == 0 {
                let validator = OrderValidator(state: turn.state)
                for (seat, house) in turn.state.houses.enumerated() where !house.eliminated {
                    let fromState = try #require(HouseKnowledge.make(from: turn.state, for: house.id))
                    let fromView = Self.view(turn, house).knowledge(map: PublicMap.make(state: turn.state))
                    var house = fromView.house
                    house.homeSystemID = house.homeSystemID.flatMap { short in turn.state.systems.first { $0.id.hasPrefix(short) }?.id }
                    #expect(house == fromState.house)
                    #expect(fromView.houses == fromState.houses)
                    #expect(fromView.colonies.count == fromState.colonies.count && fromView.fleets.count == fromState.fleets.count)
                    #expect(fromView.relations.map(\.relation) == fromState.relations.map(\.relation))
                    #expect(fromView.proposals.count == fromState.proposals.count)
                    #expect(fromView.intel.systems.map(\.visibility) == fromState.intel.systems.map(\.visibility))
                    #expect(fromView.intel.systems.map(\.lastSeenTurn) == fromState.intel.systems.map(\.lastSeenTurn))
                    #expect(fromView.intel.fleets.count == fromState.intel.fleets.count)
                    #expect(fromView.intel.colonies.map(\.population) == fromState.intel.colonies.map(\.population))
                    #expect(fromView.fundsAfterIncome == fromState.fundsAfterIncome)
                    #expect(fromView.lanes.count == fromState.lanes.count)
                    let bot = ReferenceBot(strategy: strategies[seat % strategies.count], seed: seed)
                    let decided = validator.validate(bot.orders(for: fromView), house: house.id)
                    let expected = validator.validate(bot.orders(for: fromState), house: house.id)
                    #expect(decided.isValid, "\(decided.errors)")
                    #expect(decided.resolved == expected.resolved, "\(house.slug) at turn \(turn.state.game.turn)")
                    compared += 1
                }
            }
        }
        #expect(compared > 60)
    }
}

@Suite struct ViewBuilderBatchTests {
    @Test func viewsOfEveryHouseSortedBySlug() throws {
        let turn = try #require(BotGames.play(players: 5, seed: 3, turns: 3).last)
        let all = ViewBuilder.views(state: turn.state, lastTurnEvents: turn.lastEvents, submittedSlugs: ["beta"], deadline: 5, open: true)
        #expect(all.map(\.slug) == turn.state.houses.map(\.slug).sorted())
        for (slug, view) in all {
            let single = ViewBuilder.view(of: slug, state: turn.state, lastTurnEvents: turn.lastEvents, submittedSlugs: ["beta"], deadline: 5, open: true)
            #expect(view == single && view.house.slug == slug && view.game.deadline == 5 && view.game.open == true)
        }
    }
}
