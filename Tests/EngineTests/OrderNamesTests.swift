import Foundation
import Testing
@testable import Engine

/// Orders name things by id, id prefix or (systems) name, and only among what
/// the house may know: nothing hidden can be told from nothing at all.
@Suite struct OrderNamesTests {
    /// Red at a; blue's fleets at c (hidden from red) and at a (seen by red).
    func world() -> World {
        var world = World(systems: ["a", "b", "c"], lanes: [("a", "b", .major), ("b", "c", .major)])
        world.colony("red", at: "a")
        world.colony("blue", at: "c")
        world.fleet("red-scout-1", of: "red", at: "a", military: 3, spacelift: 1)
        world.fleet("blue-hidden-1", of: "blue", at: "c", military: 1)
        world.fleet("blue-seen-1", of: "blue", at: "a", military: 1)
        return world
    }

    func errors(_ orders: Orders, _ state: GameState) -> [OrderError] {
        OrderValidator.validate(orders, house: World.houseID("red"), state: state).errors
    }

    @Test func aHiddenFleetIsUnknownExactlyLikeOneThatDoesNotExist() throws {
        let state = world().state()
        let hidden = errors(Orders(fleetOrders: [FleetOrder(fleet: "fleet-blue-hid", .hold)]), state)
        let invented = errors(Orders(fleetOrders: [FleetOrder(fleet: "fleet-blue-hix", .hold)]), state)
        #expect(hidden.map(\.code) == [.orderUnknownFleet])
        #expect(invented.map(\.code) == [.orderUnknownFleet])
        #expect(!hidden[0].message.contains("fleet-blue-hidden-1"))
        // Same shape of message: only the name the player wrote differs.
        #expect(hidden[0].message.replacingOccurrences(of: "hid", with: "hix") == invented[0].message)
        let full = errors(Orders(fleetOrders: [FleetOrder(fleet: World.fleetID("blue-hidden-1"), .hold)]), state)
        #expect(full.map(\.code) == [.orderUnknownFleet])
        #expect(full[0].message.hasPrefix("no fleet of yours or in your intel is"))
    }

    @Test func aFleetInIntelIsForeign() throws {
        let seen = errors(Orders(fleetOrders: [FleetOrder(fleet: World.fleetID("blue-seen-1"), .hold)]), world().state())
        #expect(seen.map(\.code) == [.orderForeignFleet])
        #expect(seen[0].message.contains("House Blue's"))
    }

    @Test func aHiddenColonyIsUnknownAndASeenOneForeign() throws {
        var world = world()
        world.colony("blue", at: "b")
        let state = world.state()
        let hidden = errors(Orders(builds: [BuildOrder(colony: World.colonyID("c"), .industry)]), state)
        #expect(hidden.map(\.code) == [.buildUnknownColony])
        let invented = errors(Orders(builds: [BuildOrder(colony: "colony-x", .industry)]), state)
        #expect(invented.map(\.code) == [.buildUnknownColony])
    }

    @Test func aSystemNameWorksWhereAnIdBelongs() throws {
        let state = world().state()
        let validation = OrderValidator.validate(
            Orders(fleetOrders: [FleetOrder(fleet: World.fleetID("red-scout-1"), .move, to: "b")]), house: World.houseID("red"), state: state)
        #expect(validation.errors.isEmpty)
        #expect(validation.resolved?.fleetOrders.first?.command.targetSystemID == World.systemID("b"))
        let build = OrderValidator.validate(Orders(builds: [BuildOrder(colony: "A", .industry)]), house: World.houseID("red"), state: state)
        #expect(build.resolved?.builds.first?.colonyID == World.colonyID("a"))
    }

    @Test func aMistypedSystemNameGetsADidYouMeanAndNoPrefixLecture() throws {
        var world = World(systems: ["xaven", "ioliris"], lanes: [("xaven", "ioliris", .major)])
        world.fleet("red-scout-1", of: "red", at: "xaven", military: 1)
        let found = errors(Orders(fleetOrders: [FleetOrder(fleet: World.fleetID("red-scout-1"), .move, to: "Ioliiris")]), world.state())
        #expect(found.map(\.code) == [.orderUnknownSystem])
        #expect(found[0].message.contains("did you mean \(World.systemID("ioliris")) (Ioliris)?"))
        #expect(!found[0].message.contains("at least 8 characters"))
    }

    @Test func aRealPrefixWithAnInventedTailGetsADidYouMean() throws {
        let state = world().state()
        let found = errors(Orders(fleetOrders: [FleetOrder(fleet: "fleet-red-zzzz", .hold)]), state)
        #expect(found.map(\.code) == [.orderUnknownFleet])
        #expect(found[0].message.contains("did you mean \(World.fleetID("red-scout-1"))?"))
        // A near miss of a hidden fleet's id suggests nothing.
        let hidden = errors(Orders(fleetOrders: [FleetOrder(fleet: "fleet-blue-hidden-2", .hold)]), state)
        #expect(hidden.map(\.code) == [.orderUnknownFleet])
        #expect(!hidden[0].message.contains("hidden-1"))
    }

    @Test func nearMissesAreUniqueOrNotSuggested() {
        let candidates = [
            NearMiss.Candidate(id: "abcdef01-1111", label: "One", name: "tarsus"),
            NearMiss.Candidate(id: "abcdef01-2222", label: "Two", name: "tarsis"),
        ]
        #expect(NearMiss.suggestion(for: "abcdef01-9999", among: candidates) == nil)
        #expect(NearMiss.suggestion(for: "tarsux", among: [candidates[0]])?.id == "abcdef01-1111")
        #expect(NearMiss.suggestion(for: "tarsos", among: candidates) == nil)
        #expect(NearMiss.suggestion(for: "zzzzzzzz", among: candidates) == nil)
        #expect(NearMiss.distance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars), limit: 5) == 3)
    }

    @Test func detachIsCheckedAgainstTheFleet() {
        let state = world().state()
        let red = World.fleetID("red-scout-1")
        func codes(_ line: FleetOrder) -> [String] { errors(Orders(fleetOrders: [line]), state).map { "\($0.path) \($0.code.rawValue)" } }
        #expect(codes(FleetOrder(fleet: red, .detach, ships: ShipSelection(military: 2), name: "Raiders")).isEmpty)
        #expect(codes(FleetOrder(fleet: red, .detach)) == ["fleet_orders[0].ships order.bad_detach"])
        #expect(codes(FleetOrder(fleet: red, .detach, ships: ShipSelection(military: 3, spacelift: 1))) == ["fleet_orders[0].ships order.bad_detach"])
        #expect(codes(FleetOrder(fleet: red, .detach, ships: ShipSelection(military: 4))) == ["fleet_orders[0].ships order.bad_detach"])
        #expect(codes(FleetOrder(fleet: red, .detach, ships: ShipSelection(military: 1), name: "  ")) == ["fleet_orders[0].name order.bad_fleet_name"])
        #expect(codes(FleetOrder(fleet: red, .detach, to: "b", ships: ShipSelection(military: 1))) == ["fleet_orders[0].to order.unexpected_field"])
        #expect(codes(FleetOrder(fleet: red, .hold, ships: ShipSelection(military: 1))) == ["fleet_orders[0].ships order.unexpected_field"])
    }

    @Test func detachFormsAUniquelyNamedFleetAndTheRestCarriesOn() throws {
        var world = World(systems: ["a", "b"], lanes: [("a", "b", .major)])
        world.fleet("red-scout-1", of: "red", at: "a", military: 3, spacelift: 1)
        let red = World.fleetID("red-scout-1")
        world.fleets[0].name = "Scouts"
        world.fleets[0].standingOrder = FleetCommand(kind: .move, targetSystemID: World.systemID("b"))
        let orders = Orders(fleetOrders: [FleetOrder(fleet: red, .detach, ships: ShipSelection(military: 2))])
        let result = try TurnResolver.resolve(state: world.state(), submissions: [World.houseID("red"): orders])
        let parent = try #require(result.state.fleet(red))
        #expect(parent.count(of: .military) == 1 && parent.count(of: .spacelift) == 1)
        #expect(parent.locationSystemID == World.systemID("b"))
        let formed = try #require(result.state.fleets.first { $0.name == "Scouts detachment" })
        #expect(formed.count(of: .military) == 2 && formed.ownerHouseID == World.houseID("red"))
        #expect(formed.locationSystemID == World.systemID("a"))
        #expect(formed.standingOrder == nil)
        let event = try #require(result.events.first { $0.type == .fleetDetached })
        #expect(event.fleetID == formed.id)
        #expect(event.visibility == .actor)
        #expect(result.orderOutcomes.contains { $0.orderType == "detach" && $0.status == .completed && $0.entityID == formed.id })
        // Detaching from the parent again: "Scouts detachment" is taken, so the new fleet is numbered.
        let again = try TurnResolver.resolve(
            state: result.state, submissions: [World.houseID("red"): Orders(fleetOrders: [FleetOrder(fleet: red, .detach, ships: ShipSelection(military: 1))])])
        let names = again.state.fleets.filter { $0.ownerHouseID == World.houseID("red") }.compactMap(\.name).sorted()
        #expect(names == ["Scouts", "Scouts detachment", "Scouts detachment (2)"])
    }

    @Test func aNameAlreadyTakenIsRefused() {
        var world = World(systems: ["a"], lanes: [])
        world.fleet("one", of: "red", at: "a", military: 2)
        world.fleet("two", of: "red", at: "a", military: 2)
        world.fleets[0].name = "Raiders"
        let orders = Orders(fleetOrders: [
            FleetOrder(fleet: World.fleetID("one"), .detach, ships: ShipSelection(military: 1), name: "raiders"),
            FleetOrder(fleet: World.fleetID("two"), .detach, ships: ShipSelection(military: 1), name: "Wolves"),
        ])
        let found = errors(orders, world.state()).map { "\($0.path) \($0.code.rawValue)" }
        #expect(found == ["fleet_orders[0].name order.fleet_name_taken"])
    }

    @Test func newConstructionFleetsGetUniqueNames() throws {
        var world = World(systems: ["a", "b"], lanes: [], homes: false)
        world.colony("red", at: "a", population: 10)
        world.colony("red", at: "b", population: 10)
        world.houses[0].treasury = 1000
        let orders = Orders(builds: [BuildOrder(colony: World.colonyID("a"), .military), BuildOrder(colony: World.colonyID("b"), .military)])
        let result = try TurnResolver.resolve(state: world.state(), submissions: [World.houseID("red"): orders])
        let names = result.state.fleets.compactMap(\.name).sorted()
        #expect(names == ["New construction 1", "New construction 1 (2)"])
    }
}
