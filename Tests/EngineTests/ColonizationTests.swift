import Testing
@testable import Engine

@Suite struct ColonizationTests {
    @Test func spaceliftShipSettlesAnEmptySystemAndIsUsedUp() throws {
        var world = World(systems: ["a", "b"], lanes: [("a", "b", .major)])
        world.fleet("settlers", of: "red", at: "a", military: 1, spacelift: 2)
        let state = world.state()
        let result = try resolve(state, ["red": Orders(fleetOrders: [move("settlers", .colonize, to: "b")])])
        let colony = try #require(result.state.colony(at: World.systemID("b")))
        #expect(colony.ownerHouseID == World.houseID("red"))
        #expect(colony.population == state.config.colonyStartingPopulation + 1)  // grew in Maintenance
        #expect(result.state.fleet(World.fleetID("settlers"))?.count(of: .spacelift) == 1)
        #expect(result.state.house(World.houseID("red"))?.prestige == state.config.prestigePerColony)
        #expect(result.state.system(World.systemID("b"))?.ownerHouseID == World.houseID("red"))
    }

    @Test func colonizeHereWithoutATarget() throws {
        var world = World(systems: ["a"], lanes: [])
        world.fleet("settlers", of: "red", at: "a", spacelift: 1)
        let result = try resolve(world.state(), ["red": Orders(fleetOrders: [FleetOrder(fleet: World.fleetID("settlers"), .colonize)])])
        #expect(result.state.colony(at: World.systemID("a"))?.ownerHouseID == World.houseID("red"))
        #expect(result.state.fleet(World.fleetID("settlers")) == nil)
    }

    @Test func colonizedSystemCannotBeSettledAgain() throws {
        var world = World(systems: ["a"], lanes: [])
        world.colony("blue", at: "a")
        world.fleet("settlers", of: "red", at: "a", spacelift: 1)
        let result = try resolve(world.state(), ["red": Orders(fleetOrders: [FleetOrder(fleet: World.fleetID("settlers"), .colonize)])])
        #expect(result.state.colony(at: World.systemID("a"))?.ownerHouseID == World.houseID("blue"))
        #expect(result.orderOutcomes.first { $0.fleetID == World.fleetID("settlers") }?.status == .failed)
        #expect(result.state.fleet(World.fleetID("settlers"))?.ships.count == 1)
    }

    @Test(arguments: [2, 3])
    func simultaneousClaimsAreSettledFairly(claimants: Int) throws {
        let names = ["red", "blue", "green"].prefix(claimants)
        var wins: [String: Int] = [:]
        let games = 300
        for seed in 1...games {
            var world = World(systems: ["a"], lanes: [], houses: Array(names))
            world.seed = UInt64(seed)
            var orders: [String: Orders] = [:]
            for name in names {
                world.fleet(name, of: name, at: "a", spacelift: 1)
                orders[name] = Orders(fleetOrders: [FleetOrder(fleet: World.fleetID(name), .colonize)])
            }
            let result = try resolve(world.state(), orders)
            let owner = try #require(result.state.colony(at: World.systemID("a"))?.ownerHouseID)
            wins[owner, default: 0] += 1
            // The losers keep their ships and see the founding.
            #expect(result.state.colonies.filter { $0.systemID == World.systemID("a") }.count == 1)
            #expect(result.events.first { $0.type == .colonyFounded }?.audience?.count == claimants)
        }
        let fair = Double(games) / Double(claimants)
        for name in names {
            let share = Double(wins[World.houseID(name)] ?? 0)
            #expect(share > fair * 0.75 && share < fair * 1.25, "House \(name) won \(share) of \(games)")
        }
    }
}

@Suite struct InvasionTests {
    func siegeWorld(defenses: Int, population: Int = 5, troops: Int = 1) -> World {
        var world = World(systems: ["a", "b"], lanes: [("a", "b", .major)])
        world.colony("blue", at: "b", population: population, defenses: defenses)
        world.colony("red", at: "a")
        world.fleet("army", of: "red", at: "a", military: 4, spacelift: troops)
        return world
    }

    @Test func undefendedColonyIsCaptured() throws {
        let world = siegeWorld(defenses: 0)
        let state = world.state()
        let result = try resolve(state, ["red": Orders(fleetOrders: [move("army", .invade, to: "b")])])
        #expect(result.state.colony(id: World.colonyID("b"))?.ownerHouseID == World.houseID("red"))
        #expect(result.state.fleet(World.fleetID("army"))?.count(of: .spacelift) == 0)
        #expect(result.state.house(World.houseID("red"))!.prestige == state.config.prestigePerCapture)
        #expect(result.state.house(World.houseID("blue"))!.prestige == state.config.prestigePerColonyLost)
        let event = try #require(result.events.first { $0.type == .colonyCaptured })
        #expect(event.isVisible(to: World.houseID("blue")))
    }

    @Test func defencesMustFallFirst() throws {
        // Red already orbits Blue's colony in peace, then declares war and invades;
        // nobody can hit, so the guns stay up: the invasion waits.
        var world = World(systems: ["a", "b"], lanes: [("a", "b", .major)])
        world.config.hitChancePercent = 0
        world.relation("red", "blue", .peace)
        world.colony("blue", at: "b", defenses: 3)
        world.fleet("army", of: "red", at: "b", military: 4, spacelift: 1)
        let orders = Orders(fleetOrders: [move("army", .invade, to: "b")], diplomacy: [DiplomacyOrder(house: "blue", .war)])
        let result = try resolve(world.state(), ["red": orders])
        #expect(result.state.colony(id: World.colonyID("b"))?.ownerHouseID == World.houseID("blue"))
        let outcome = try #require(result.orderOutcomes.first { $0.fleetID == World.fleetID("army") })
        #expect(outcome.status == .inProgress)
        #expect(result.state.fleet(World.fleetID("army"))?.standingOrder?.kind == .invade)
    }

    @Test func invadersArrivingIntoAnUndecidedBattleFallBack() throws {
        var world = siegeWorld(defenses: 3)
        world.config.hitChancePercent = 0
        let result = try resolve(world.state(), ["red": Orders(fleetOrders: [move("army", .invade, to: "b")])])
        #expect(result.state.colony(id: World.colonyID("b"))?.ownerHouseID == World.houseID("blue"))
        #expect(result.state.fleet(World.fleetID("army"))?.locationSystemID == World.systemID("a"))
        #expect(result.orderOutcomes.first { $0.fleetID == World.fleetID("army") }?.status == .failed)
    }

    @Test func tooFewTroopShipsFail() throws {
        let world = siegeWorld(defenses: 0, population: 25, troops: 2)
        let result = try resolve(world.state(), ["red": Orders(fleetOrders: [move("army", .invade, to: "b")])])
        #expect(result.state.colony(id: World.colonyID("b"))?.ownerHouseID == World.houseID("blue"))
        #expect(result.orderOutcomes.first { $0.fleetID == World.fleetID("army") }?.status == .failed)
    }

    @Test func blockadeSetsTheSiegeFlagAndCutsIncome() throws {
        var world = World(systems: ["a", "b"], lanes: [("a", "b", .major)])
        world.colony("blue", at: "b", population: 10, industry: 5)
        world.colony("red", at: "a")
        world.fleet("ring", of: "red", at: "a", military: 3)
        let first = try resolve(world.state(), ["red": Orders(fleetOrders: [move("ring", .blockade, to: "b")])])
        #expect(first.state.colony(id: World.colonyID("b"))?.underSiege == true)
        #expect(first.events.contains { $0.type == .siegeBegun })
        let second = try resolve(first.state, [:])
        let blue = try #require(second.metrics.first { $0.houseID == World.houseID("blue") })
        let colony = first.state.colony(id: World.colonyID("b"))!
        let full = colony.population * world.config.productionPerPopulation + colony.industry * world.config.productionPerIndustry
        let home = Economy.production(of: first.state.colony(id: World.colonyID("home-blue"))!, config: world.config)
        #expect(blue.production == full * world.config.blockadedYieldPercent / 100 + home)
        // Validation refuses new ships at a besieged colony.
        let validation = OrderValidator.validate(
            Orders(builds: [BuildOrder(colony: World.colonyID("b"), .military)]), house: World.houseID("blue"), state: second.state
        )
        #expect(validation.errors.map(\.code.rawValue) == ["build.colony_under_siege"])
    }
}

@Suite struct DiplomacyTests {
    @Test func warIsUnilateralAndImmediate() throws {
        var world = World(systems: ["a"], lanes: [])
        world.relation("red", "blue", .peace)
        world.fleet("r", of: "red", at: "a", military: 3)
        world.fleet("b", of: "blue", at: "a", military: 3)
        let result = try resolve(world.state(), ["red": Orders(diplomacy: [DiplomacyOrder(house: "blue", .war)])])
        #expect(result.state.relation(World.houseID("red"), World.houseID("blue")) == .war)
        #expect(result.events.contains { $0.type == .warDeclared && $0.visibility == .public })
        #expect(result.events.contains { $0.type == .battle })
    }

    @Test func peaceNeedsBothSides() throws {
        let world = World(systems: ["a"], lanes: [])
        let offer = try resolve(world.state(), ["red": Orders(diplomacy: [DiplomacyOrder(house: "blue", .peace)])])
        #expect(offer.state.relation(World.houseID("red"), World.houseID("blue")) == .war)
        #expect(offer.state.proposals.count == 1)
        // Blue answers next turn: the open offer is accepted.
        let answer = try resolve(offer.state, ["blue": Orders(diplomacy: [DiplomacyOrder(house: "red", .peace)])])
        #expect(answer.state.relation(World.houseID("red"), World.houseID("blue")) == .peace)
        #expect(answer.state.proposals.isEmpty)
        // Both in the same turn also works.
        let together = try resolve(
            world.state(),
            [
                "red": Orders(diplomacy: [DiplomacyOrder(house: "blue", .alliance)]),
                "blue": Orders(diplomacy: [DiplomacyOrder(house: "red", .alliance)]),
            ])
        #expect(together.state.relation(World.houseID("red"), World.houseID("blue")) == .alliance)
        #expect(together.events.filter { $0.type == .treatySigned }.count == 1)
    }

    @Test func proposalsExpire() throws {
        var state = World(systems: ["a"], lanes: []).state()
        state = try resolve(state, ["red": Orders(diplomacy: [DiplomacyOrder(house: "blue", .nap)])]).state
        // Blue may still answer for `proposalLifetimeTurns` more turns...
        for _ in 0..<(state.config.proposalLifetimeTurns - 1) { state = try resolve(state, [:]).state }
        #expect(state.proposals.count == 1)
        state = try resolve(state, [:]).state
        // ...then the offer is gone.
        #expect(state.proposals.isEmpty)
        let late = try resolve(state, ["blue": Orders(diplomacy: [DiplomacyOrder(house: "red", .nap)])])
        #expect(late.state.relation(World.houseID("red"), World.houseID("blue")) == .war)
    }

    @Test func alliesShareIntel() throws {
        var world = World(systems: ["a", "b", "c"], lanes: [("a", "b", .major)], houses: ["red", "blue", "green"])
        world.relation("red", "blue", .alliance)
        world.colony("red", at: "a")
        world.colony("blue", at: "c")
        world.fleet("g", of: "green", at: "c", military: 1)
        world.relation("blue", "green", .peace)
        let state = world.state()
        let red = try #require(state.intel(of: World.houseID("red")))
        #expect(red.fleets.map(\.fleetID) == [World.fleetID("g")])
        #expect(red.systems.first { $0.systemID == World.systemID("c") }?.visibility == .scouted)
        let green = try #require(state.intel(of: World.houseID("green")))
        #expect(!green.colonies.contains { $0.colonyID == World.colonyID("a") })
    }
}
