import Testing

@testable import Engine

/// What a battle tells the houses that were there (DESIGN.md §4): each
/// side's ships before and lost, the colony's guns before and after, the
/// winners, and an event for every ship a house loses.
@Suite struct BattleReportTests {
    /// Red's six warships and two troop ships attack Blue's colony with its guns and a fleet of two.
    func battle() throws -> TurnResult {
        var world = World(systems: ["a", "b"], lanes: [("a", "b", .major)])
        world.colony("blue", at: "b", population: 5, defenses: 2, starbase: 1)
        world.fleet("guard", of: "blue", at: "b", military: 2)
        world.fleet("raiders", of: "red", at: "a", military: 6, spacelift: 2)
        return try resolve(world.state(), ["red": Orders(fleetOrders: [move("raiders", .move, to: "b")])])
    }

    @Test func theBattleEventListsSidesGunsAndWinners() throws {
        let result = try battle()
        let event = try #require(result.events.first { $0.type == .battle })
        guard case .object(let sides)? = event.data["sides"] else {
            Issue.record("no sides in \(event.data)")
            return
        }
        #expect(Set(sides.keys) == [World.houseID("red"), World.houseID("blue")])
        guard case .object(let red)? = sides[World.houseID("red")], case .object(let lost)? = red["lost"] else {
            Issue.record("no red side in \(sides)")
            return
        }
        #expect(red["before"] == ["military": 6, "spacelift": 2])
        let left = ShipCounts(result.state.fleet(World.fleetID("raiders"))?.ships ?? [])
        #expect(lost["military"]?.intValue == 6 - left.military && lost["spacelift"]?.intValue == 2 - left.spacelift)
        guard case .object(let colony)? = event.data["colony"] else {
            Issue.record("no colony in \(event.data)")
            return
        }
        #expect(colony["before"] == ["defenses": 2, "starbase": 1])
        let after = result.state.colony(id: World.colonyID("b"))
        #expect(colony["after"] == ["defenses": .int(after?.defenses ?? -1), "starbase": .int(after?.starbaseLevel ?? -1)])
        #expect(event.data["winners"] != nil)
        #expect(event.description.contains("House Red lost") && event.description.contains("defences went from 2"))
    }

    /// Every ship that is gone after the battle is in a ShipsLost or FleetDestroyed event of its owner.
    @Test func everyLostShipIsInAnEventWithItsKiller() throws {
        for seed in [UInt64(1), 2, 3, 4, 5] {
            var world = World(systems: ["a", "b"], lanes: [("a", "b", .major)])
            world.seed = seed
            world.colony("blue", at: "b", defenses: 3, starbase: 1)
            world.fleet("guard", of: "blue", at: "b", military: 4)
            world.fleet("raiders", of: "red", at: "a", military: 5, spacelift: 2)
            let state = world.state()
            let result = try resolve(state, ["red": Orders(fleetOrders: [move("raiders", .move, to: "b")])])
            for house in ["red", "blue"].map(World.houseID) {
                let before = ShipCounts(state.fleets.filter { $0.ownerHouseID == house }.flatMap(\.ships))
                let after = ShipCounts(result.state.fleets.filter { $0.ownerHouseID == house }.flatMap(\.ships))
                var told = ShipCounts()
                for event in result.events where event.houseID == house && (event.type == .shipsLost || event.type == .fleetDestroyed) {
                    guard case .object(let lost)? = event.data["lost"] else { continue }
                    told.military += lost["military"]?.intValue ?? 0
                    told.spacelift += lost["spacelift"]?.intValue ?? 0
                    #expect(event.isVisible(to: house))
                    if event.type == .fleetDestroyed { #expect(event.description.contains(" by House ")) }
                }
                #expect(before.military - after.military == told.military, "seed \(seed), \(house)")
                #expect(before.spacelift - after.spacelift == told.spacelift, "seed \(seed), \(house)")
            }
        }
    }

    @Test func aFailedOrderSaysWhyInItsText() throws {
        var world = World(systems: ["a", "b"], lanes: [("a", "b", .major)])
        world.fleet("settlers", of: "red", at: "a", spacelift: 1)
        world.colony("blue", at: "b")
        world.relation("red", "blue", .peace)
        let result = try resolve(world.state(), ["red": Orders(fleetOrders: [move("settlers", .invade, to: "b")])])
        let failed = try #require(result.events.first { $0.type == .orderFailed })
        let reason = try #require(failed.reason)
        #expect(failed.description.hasSuffix(reason))
    }
}

/// Intel that is true now (RULES.md §8, intelRevision 2).
@Suite struct IntelTruthTests {
    @Test func whereTheHouseIsPresentAnOldSightingThereIsDropped() throws {
        var world = World(systems: ["a", "b"], lanes: [("a", "b", .major)])
        world.relation("red", "blue", .peace)
        world.fleet("watch", of: "red", at: "a", military: 1)
        world.fleet("visitor", of: "blue", at: "a", military: 1)
        let seen = world.state()
        #expect(seen.intel(of: World.houseID("red"))?.fleets.map(\.fleetID) == [World.fleetID("visitor")])
        let result = try resolve(seen, ["blue": Orders(fleetOrders: [move("visitor", .move, to: "b")])])
        #expect(result.state.intel(of: World.houseID("red"))?.fleets.isEmpty == true, "red is at a and sees the visitor has left")
    }

    @Test func gamesFromBeforeKeepTheOldRule() throws {
        var world = World(systems: ["a", "b"], lanes: [("a", "b", .major)])
        world.config.intelRevision = nil
        world.relation("red", "blue", .peace)
        world.fleet("watch", of: "red", at: "a", military: 1)
        world.fleet("visitor", of: "blue", at: "a", military: 1)
        let result = try resolve(world.state(), ["blue": Orders(fleetOrders: [move("visitor", .move, to: "b")])])
        #expect(result.state.intel(of: World.houseID("red"))?.fleets.map(\.fleetID) == [World.fleetID("visitor")])
    }

    @Test func aLostColonyStaysUnderItsNewOwner() throws {
        var world = World(systems: ["a", "b"], lanes: [("a", "b", .major)])
        world.colony("blue", at: "b", population: 5)
        world.fleet("troops", of: "red", at: "a", military: 1, spacelift: 1)
        let result = try resolve(world.state(), ["red": Orders(fleetOrders: [move("troops", .invade, to: "b")])])
        #expect(result.state.colony(id: World.colonyID("b"))?.ownerHouseID == World.houseID("red"))
        let blueIntel = try #require(result.state.intel(of: World.houseID("blue")))
        let record = try #require(blueIntel.colonies.first { $0.colonyID == World.colonyID("b") })
        #expect(record.ownerHouseID == World.houseID("red") && record.intelTurn == result.state.game.turn)
    }
}

/// The reference bots answer offers by the rule of RULES.md §9a.
@Suite struct BotDiplomacyTests {
    func knowledge(prestige mine: Int, theirs: Int, offer: DiplomaticRelation, knowsTheirColony: Bool) throws -> HouseKnowledge {
        var world = World(systems: ["a", "b"], lanes: [("a", "b", .major)])
        world.houses[0].prestige = theirs
        world.houses[1].prestige = mine
        if knowsTheirColony { world.fleet("scout", of: "blue", at: "home-red", military: 1) }
        var state = world.state()
        state.proposals = [DiplomaticProposal(from: World.houseID("red"), to: World.houseID("blue"), relation: offer, turnProposed: 1)]
        return try #require(HouseKnowledge.make(from: state, for: World.houseID("blue")))
    }

    @Test(arguments: [ReferenceBot.Strategy.greedy, .random])
    func aBotAcceptsPeaceOrAPactFromAnEqualOrStrongerHouse(strategy: ReferenceBot.Strategy) throws {
        for offer in [DiplomaticRelation.peace, .nap] {
            let orders = ReferenceBot(strategy: strategy, seed: 3).orders(for: try knowledge(prestige: 5, theirs: 5, offer: offer, knowsTheirColony: true))
            #expect(orders.diplomacy.contains(DiplomacyOrder(house: "red", offer)), "\(strategy) \(offer)")
        }
    }

    @Test func aBotRefusesAWeakerHouseItKnowsWhereToHitAndEveryAlliance() throws {
        let weaker = ReferenceBot(strategy: .greedy, seed: 3).orders(for: try knowledge(prestige: 10, theirs: 2, offer: .peace, knowsTheirColony: true))
        #expect(!weaker.diplomacy.contains { $0.house == "red" })
        let unknown = ReferenceBot(strategy: .greedy, seed: 3).orders(for: try knowledge(prestige: 10, theirs: 2, offer: .peace, knowsTheirColony: false))
        #expect(unknown.diplomacy.contains(DiplomacyOrder(house: "red", .peace)), "nothing to take from a house it never found")
        let alliance = ReferenceBot(strategy: .greedy, seed: 3).orders(for: try knowledge(prestige: 0, theirs: 9, offer: .alliance, knowsTheirColony: false))
        #expect(!alliance.diplomacy.contains { $0.house == "red" })
    }

    @Test func theAnswerSignsTheTreaty() throws {
        let world = World(systems: ["a"], lanes: [])
        var state = world.state()
        state.proposals = [DiplomaticProposal(from: World.houseID("red"), to: World.houseID("blue"), relation: .peace, turnProposed: 1)]
        let blue = try #require(HouseKnowledge.make(from: state, for: World.houseID("blue")))
        let orders = ReferenceBot(strategy: .greedy, seed: 1).orders(for: blue)
        let result = try TurnResolver.resolve(state: state, submissions: [World.houseID("blue"): orders])
        #expect(result.state.relation(World.houseID("red"), World.houseID("blue")) == .peace)
    }
}
