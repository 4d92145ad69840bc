import Testing
@testable import Engine

@Suite struct MovementTests {
    /// a - b - c - d, all Major.
    func majorLine() -> World {
        World(systems: ["a", "b", "c", "d"], lanes: [("a", "b", .major), ("b", "c", .major), ("c", "d", .major)])
    }

    @Test func oneJumpATurnOnMinorLanes() throws {
        var world = World(systems: ["a", "b", "c"], lanes: [("a", "b", .minor), ("b", "c", .minor)])
        world.fleet("scout", of: "red", at: "a", military: 1)
        let first = try resolve(world.state(), ["red": Orders(fleetOrders: [move("scout", .move, to: "c")])])
        #expect(first.state.fleet(World.fleetID("scout"))?.locationSystemID == World.systemID("b"))
        #expect(first.orderOutcomes.first { $0.fleetID == World.fleetID("scout") }?.status == .inProgress)
        // No new order: the unfinished move continues.
        let second = try resolve(first.state, [:])
        #expect(second.state.fleet(World.fleetID("scout"))?.locationSystemID == World.systemID("c"))
        #expect(second.state.fleet(World.fleetID("scout"))?.standingOrder == nil)
        #expect(second.orderOutcomes.first { $0.fleetID == World.fleetID("scout") }?.status == .completed)
    }

    @Test(
        arguments: [
            // (owner of the colony at b or nil, lane b-c, expected end)
            ("red", LaneType.major, "c"),
            (nil, LaneType.major, "b"),
            ("blue", LaneType.major, "b"),
            ("red", LaneType.minor, "b"),
        ] as [(String?, LaneType, String)])
    func doubleJumpOnlyThroughOwnColonyOnMajorLanes(colonyOwner: String?, secondLane: LaneType, expected: String) throws {
        var world = World(systems: ["a", "b", "c", "d"], lanes: [("a", "b", .major), ("b", "c", secondLane), ("c", "d", .major)])
        world.relation("red", "blue", .peace)
        if let colonyOwner { world.colony(colonyOwner, at: "b") }
        world.fleet("one", of: "red", at: "a", military: 1)
        let result = try resolve(world.state(), ["red": Orders(fleetOrders: [move("one", .move, to: "d")])])
        #expect(result.state.fleet(World.fleetID("one"))?.locationSystemID == World.systemID(expected))
    }

    @Test func restrictedLaneOnlyForUndamagedMilitaryFleets() throws {
        // a-c is Restricted (cost 3); a-b-c is Minor+Minor (cost 4).
        var world = World(systems: ["a", "b", "c"], lanes: [("a", "c", .restricted), ("a", "b", .minor), ("b", "c", .minor)])
        world.fleet("warships", of: "red", at: "a", military: 2)
        world.fleet("convoy", of: "red", at: "a", military: 1, spacelift: 1)
        world.fleet("limping", of: "red", at: "a", military: 2, damaged: true)
        let orders = Orders(fleetOrders: [
            move("warships", .move, to: "c"), move("convoy", .move, to: "c"), move("limping", .move, to: "c"),
        ])
        let result = try resolve(world.state(), ["red": orders])
        #expect(result.state.fleet(World.fleetID("warships"))?.locationSystemID == World.systemID("c"))
        #expect(result.state.fleet(World.fleetID("convoy"))?.locationSystemID == World.systemID("b"))
        #expect(result.state.fleet(World.fleetID("limping"))?.locationSystemID == World.systemID("b"))
    }

    @Test func restrictedOnlyRouteIsUnreachableForSpacelift() {
        var world = World(systems: ["a", "b"], lanes: [("a", "b", .restricted)])
        world.fleet("convoy", of: "red", at: "a", spacelift: 1)
        world.fleet("warships", of: "red", at: "a", military: 1)
        let validation = OrderValidator.validate(
            Orders(fleetOrders: [move("convoy", .move, to: "b"), move("warships", .move, to: "b")]),
            house: World.houseID("red"), state: world.state()
        )
        #expect(validation.errors.map(\.code.rawValue) == ["order.unreachable_target"])
        #expect(validation.errors.first?.path == "fleet_orders[0].to")
    }

    @Test func aStarPrefersCheaperLanesOverFewerJumps() throws {
        // a-d Minor+... : a-b (Minor) b-d (Minor) costs 4; a-c (Major) c-e (Major) e-d (Major) costs 3.
        let world = World(
            systems: ["a", "b", "c", "d", "e"],
            lanes: [("a", "b", .minor), ("b", "d", .minor), ("a", "c", .major), ("c", "e", .major), ("e", "d", .major)]
        )
        let pathfinder = Pathfinder(graph: StarGraph(state: world.state()))
        let path = pathfinder.path(from: World.systemID("a"), to: World.systemID("d"), allowRestricted: true)
        #expect(path == ["a", "c", "e", "d"].map(World.systemID))
        #expect(pathfinder.cost(of: path ?? []) == 3)
    }

    @Test func aStarFindsOptimalPathsOnGeneratedMaps() throws {
        // Compare A* costs with a plain Dijkstra over every pair from one source.
        for seed in 1...3 as ClosedRange<UInt64> {
            let state = try makeGame(players: 3, seed: seed)
            let graph = StarGraph(state: state)
            let pathfinder = Pathfinder(graph: graph)
            let source = state.systems[0].id
            let reference = BotPlanner(knowledge: HouseKnowledge.make(from: state, for: state.houses[0].id)!)
                .distances(from: source, allowRestricted: true)
            for system in state.systems {
                let path = try #require(pathfinder.path(from: source, to: system.id, allowRestricted: true))
                #expect(pathfinder.cost(of: path) == reference[system.id])
                for (from, to) in zip(path, path.dropFirst()) { #expect(graph.lane(from, to) != nil) }
            }
        }
    }

    @Test func joinMergesWhenBothStandTogether() throws {
        var world = majorLine()
        world.fleet("main", of: "red", at: "b", military: 2)
        world.fleet("straggler", of: "red", at: "a", military: 1)
        let result = try resolve(world.state(), ["red": Orders(fleetOrders: [move("straggler", .join, target: "main")])])
        #expect(result.state.fleet(World.fleetID("straggler")) == nil)
        #expect(result.state.fleet(World.fleetID("main"))?.ships.count == 3)
    }

    @Test func rendezvousMergesIntoTheSmallestID() throws {
        var world = majorLine()
        world.fleet("x1", of: "red", at: "a", military: 1)
        world.fleet("x2", of: "red", at: "c", military: 1)
        world.fleet("x3", of: "red", at: "b", military: 1)
        let orders = Orders(fleetOrders: [move("x1", .rendezvous, to: "b"), move("x2", .rendezvous, to: "b"), move("x3", .rendezvous, to: "b")])
        let result = try resolve(world.state(), ["red": orders])
        #expect(result.state.fleets.map(\.id) == [World.fleetID("x1")])
        #expect(result.state.fleets[0].ships.count == 3)
        #expect(result.state.fleets[0].locationSystemID == World.systemID("b"))
    }
}
