import Testing
@testable import Engine

@Suite struct CombatTests {
    func ship(_ house: String, _ id: String, hull: Int = 10, attack: Int = 3) -> CombatUnit {
        CombatUnit(houseID: house, kind: .ship(fleetID: "f-\(house)", shipID: id, type: .military), hullPoints: hull, maxHullPoints: hull, attack: attack)
    }

    @Test func damageCripplesBeforeItDestroys() {
        // Overwhelming fire for one round: every intact ship survives it, crippled at worst.
        for seed in 1...200 as ClosedRange<UInt64> {
            let units = (0..<4).map { ship("a", "a\($0)", attack: 100) } + (0..<4).map { ship("b", "b\($0)", attack: 100) }
            let battle = Battle(units: units, wars: [("a", "b")], maxRounds: 1, hitChancePercent: 100)
            var random = SeededRandom(seed: seed)
            let report = battle.fight(random: &random)
            #expect(report.units.allSatisfy { !$0.isDestroyed })
            #expect(report.units.contains { $0.isCrippled })
        }
        // The second round finishes crippled ships off.
        let battle = Battle(units: [ship("a", "a", attack: 100), ship("b", "b", attack: 100)], wars: [("a", "b")], maxRounds: 2, hitChancePercent: 100)
        var random = SeededRandom(seed: 1)
        let report = battle.fight(random: &random)
        #expect(report.units.allSatisfy { $0.isDestroyed })
        #expect(report.rounds == 2)
        #expect(report.killers == ["b", "a"])
    }

    @Test func atMostTwentyRounds() {
        let config = GameConfig()
        #expect(config.maxCombatRounds == 20)
        let battle = Battle(
            units: [ship("a", "a", hull: 10_000, attack: 1), ship("b", "b", hull: 10_000, attack: 1)],
            wars: [("a", "b")], maxRounds: config.maxCombatRounds, hitChancePercent: 100
        )
        var random = SeededRandom(seed: 3)
        let report = battle.fight(random: &random)
        #expect(report.rounds == 20)
        #expect(report.undecided)
    }

    @Test func noBattleWithoutGunsOrWar() {
        let unarmed = Battle(units: [ship("a", "a", attack: 0), ship("b", "b", attack: 0)], wars: [("a", "b")], maxRounds: 20, hitChancePercent: 50)
        #expect(!unarmed.isOngoing(unarmed.units))
        let peaceful = Battle(units: [ship("a", "a"), ship("b", "b")], wars: [], maxRounds: 20, hitChancePercent: 50)
        #expect(!peaceful.isOngoing(peaceful.units))
    }

    @Test func defenderWinsTies() throws {
        // Nobody can hit: the battle runs out of rounds and the attacker falls back.
        var world = World(systems: ["a", "b"], lanes: [("a", "b", .major)])
        world.config.hitChancePercent = 0
        world.fleet("guard", of: "blue", at: "b", military: 2)
        world.fleet("raiders", of: "red", at: "a", military: 2)
        let result = try resolve(world.state(), ["red": Orders(fleetOrders: [move("raiders", .move, to: "b")])])
        let battle = try #require(result.events.first { $0.type == .battle })
        #expect(battle.data["rounds"] == .int(20))
        #expect(battle.data["undecided"] == .bool(true))
        #expect(battle.data["defender"] == .string(World.houseID("blue")))
        #expect(result.state.fleet(World.fleetID("raiders"))?.locationSystemID == World.systemID("a"))
        #expect(result.state.fleet(World.fleetID("guard"))?.locationSystemID == World.systemID("b"))
        #expect(result.metrics.first { $0.houseID == World.houseID("blue") }?.battlesWon == 1)
        #expect(result.metrics.first { $0.houseID == World.houseID("red") }?.retreats == 1)
    }

    @Test func colonyGunsFightAndLoseLevels() throws {
        var world = World(systems: ["a", "b"], lanes: [("a", "b", .major)])
        world.colony("blue", at: "b", defenses: 1, starbase: 0)
        world.fleet("raiders", of: "red", at: "a", military: 6)
        world.config.hitChancePercent = 100
        let result = try resolve(world.state(), ["red": Orders(fleetOrders: [move("raiders", .move, to: "b")])])
        #expect(result.state.colony(id: World.colonyID("b"))?.defenses == 0)
        #expect(result.events.contains { $0.type == .battle && $0.isVisible(to: World.houseID("blue")) })
    }

    @Test func alliesAndPeaceDoNotFight() throws {
        for relation in [DiplomaticRelation.peace, .nap, .alliance] {
            var world = World(systems: ["a"], lanes: [])
            world.relation("red", "blue", relation)
            world.fleet("r", of: "red", at: "a", military: 2)
            world.fleet("b", of: "blue", at: "a", military: 2)
            let result = try resolve(world.state(), [:])
            #expect(!result.events.contains { $0.type == .battle })
        }
    }
}
