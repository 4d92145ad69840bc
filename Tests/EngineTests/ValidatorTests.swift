import Foundation
import Testing
@testable import Engine

@Suite struct ValidatorTests {
    func world() -> World {
        var world = World(systems: ["a", "b", "c"], lanes: [("a", "b", .major)])
        world.colony("red", at: "a")
        world.colony("blue", at: "b")
        world.fleet("red1", of: "red", at: "a", military: 2)
        world.fleet("red2", of: "red", at: "a", spacelift: 1)
        world.fleet("blue1", of: "blue", at: "b", military: 1)
        // Red has eyes at b, so blue's fleet and colony there are in its intel.
        world.fleet("red3", of: "red", at: "b", military: 1)
        return world
    }

    @Test func everyErrorIsReportedWithItsPath() {
        let orders = Orders(
            fleetOrders: [
                FleetOrder(fleet: "fleet-nope", order: "move", to: World.systemID("b")),
                FleetOrder(fleet: World.fleetID("blue1"), order: "hold"),
                FleetOrder(fleet: World.fleetID("red1"), order: "fly", to: World.systemID("b")),
                FleetOrder(fleet: World.fleetID("red1"), order: "move", to: World.systemID("c")),
                FleetOrder(fleet: World.fleetID("red2"), order: "move"),
                FleetOrder(fleet: World.fleetID("red2"), order: "blockade", to: "system-zzz"),
            ],
            builds: [
                BuildOrder(colony: World.colonyID("b"), item: "military", quantity: 1),
                BuildOrder(colony: World.colonyID("a"), item: "laser", quantity: 1),
                BuildOrder(colony: World.colonyID("a"), item: "military", quantity: 0),
                BuildOrder(colony: "colony-nowhere", item: "industry", quantity: 1),
                BuildOrder(colony: World.colonyID("a"), item: "starbase", quantity: 5),
            ],
            diplomacy: [
                DiplomacyOrder(house: "green", propose: "peace"),
                DiplomacyOrder(house: "red", propose: "peace"),
                DiplomacyOrder(house: "blue", propose: "friendship"),
            ]
        )
        let validation = OrderValidator.validate(orders, house: World.houseID("red"), state: world().state())
        #expect(!validation.isValid)
        #expect(validation.resolved == nil)
        let found = validation.errors.map { "\($0.path) \($0.code.rawValue)" }
        let expected = [
            "fleet_orders[0].fleet order.unknown_fleet",
            "fleet_orders[1].fleet order.foreign_fleet",
            "fleet_orders[2].order order.unknown_type",
            "fleet_orders[3].fleet order.duplicate_fleet_order",
            "fleet_orders[3].to order.unreachable_target",
            "fleet_orders[4].to order.missing_target",
            "fleet_orders[5].fleet order.duplicate_fleet_order",
            "fleet_orders[5].to order.unknown_system",
            "fleet_orders[5].order order.no_military",
            "builds[0].colony build.foreign_colony",
            "builds[1].item build.unknown_item",
            "builds[2].quantity build.bad_quantity",
            "builds[3].colony build.unknown_colony",
            "builds[4].quantity build.starbase_limit",
            "builds[4] build.insufficient_treasury",
            "diplomacy[0].house diplomacy.unknown_house",
            "diplomacy[1].house diplomacy.self",
            "diplomacy[2].propose diplomacy.unknown_proposal",
        ]
        #expect(found == expected)
        #expect(validation.errors.allSatisfy { !$0.message.isEmpty })
    }

    @Test func emptySubmissionIsValid() throws {
        let validation = OrderValidator.validate(Orders(), house: World.houseID("red"), state: world().state())
        #expect(validation.isValid)
        let decoded = try JSONDecoderForTests.decode(Orders.self, from: #"{"game": "x", "house": "red", "turn": 1, "fleet_orders": []}"#)
        #expect(decoded == Orders())
    }

    @Test func ordersDecodeFromTheDesignJSON() throws {
        let json = """
            {"fleet_orders": [{"fleet": "f1", "order": "move", "to": "s1"}, {"fleet": "f2", "order": "join", "target": "f1"}],
             "builds": [{"colony": "c1", "item": "military", "quantity": 2}],
             "diplomacy": [{"house": "beta", "propose": "peace"}]}
            """
        let orders = try JSONDecoderForTests.decode(Orders.self, from: json)
        #expect(orders.fleetOrders == [FleetOrder(fleet: "f1", .move, to: "s1"), FleetOrder(fleet: "f2", .join, target: "f1")])
        #expect(orders.builds == [BuildOrder(colony: "c1", .military, quantity: 2)])
        #expect(orders.diplomacy == [DiplomacyOrder(house: "beta", .peace)])
        let encoded = String(decoding: try canonicalJSON(orders), as: UTF8.self)
        #expect(encoded.contains("\"fleet_orders\""))
    }

    @Test func idPrefixesOfEightCharactersResolve() throws {
        let state = try makeGame(players: 2, seed: 11)
        let house = state.houses[0]
        let fleet = state.fleets.first { $0.ownerHouseID == house.id }!
        let home = house.homeSystemID!
        let neighbour = StarGraph(state: state).neighbours(of: home)[0].to
        let good = Orders(fleetOrders: [FleetOrder(fleet: String(fleet.id.prefix(8)).uppercased(), .move, to: String(neighbour.prefix(10)))])
        let validation = OrderValidator.validate(good, house: house.id, state: state)
        #expect(validation.isValid)
        #expect(validation.resolved?.fleetOrders.first?.fleetID == fleet.id)
        #expect(validation.resolved?.fleetOrders.first?.command.targetSystemID == neighbour)
        let short = Orders(fleetOrders: [FleetOrder(fleet: String(fleet.id.prefix(7)), .hold)])
        #expect(OrderValidator.validate(short, house: house.id, state: state).errors.map(\.code.rawValue) == ["order.unknown_fleet"])
    }

    @Test func ambiguousPrefixHasItsOwnCode() {
        var world = World(systems: ["a"], lanes: [])
        world.fleet("twin-0001", of: "red", at: "a", military: 1)
        world.fleet("twin-0002", of: "red", at: "a", military: 1)
        let validation = OrderValidator.validate(
            Orders(fleetOrders: [FleetOrder(fleet: "fleet-twin-000", .hold)]), house: World.houseID("red"), state: world.state()
        )
        #expect(validation.errors.map(\.code.rawValue) == ["order.ambiguous_fleet"])
    }

    @Test func treasuryCountsThisTurnsIncome() {
        var world = World(systems: ["a"], lanes: [], homes: false)
        world.colony("red", at: "a", population: 10, industry: 5)
        world.houses[0].treasury = 0
        let state = world.state()
        let funds = Economy.fundsAfterIncome(of: World.houseID("red"), in: state)
        #expect(funds == 10 * state.config.productionPerPopulation + 5 * state.config.productionPerIndustry)
        let affordable = Orders(builds: [BuildOrder(colony: World.colonyID("a"), .defenses, quantity: funds / state.config.defensesCost)])
        #expect(OrderValidator.validate(affordable, house: World.houseID("red"), state: state).isValid)
        let tooMuch = Orders(builds: [BuildOrder(colony: World.colonyID("a"), .defenses, quantity: funds / state.config.defensesCost + 1)])
        #expect(OrderValidator.validate(tooMuch, house: World.houseID("red"), state: state).errors.map(\.code.rawValue) == ["build.insufficient_treasury"])
    }

    @Test func eliminatedHouseCannotSubmit() {
        var world = World(systems: ["a"], lanes: [])
        world.houses[0].eliminated = true
        let validation = OrderValidator.validate(Orders(), house: World.houseID("red"), state: world.state())
        #expect(validation.errors.map(\.code.rawValue) == ["submission.house_eliminated"])
    }
}

enum JSONDecoderForTests {
    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
