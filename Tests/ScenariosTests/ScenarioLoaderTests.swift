import Engine
import Foundation
import Scenarios
import Testing

let scenariosFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scenarios")

func load(_ text: String, file: String = "test.kdl") throws(ScenarioProblems) -> GameSetup {
    try ScenarioLoader.load(Array(text.utf8), file: file, source: "test")
}

func problems(_ text: String) -> [ScenarioProblem] {
    do {
        _ = try load(text)
        return []
    } catch {
        return error.problems
    }
}

@Suite struct ScenarioLoaderTests {
    @Test(arguments: ["standard-2-player", "standard-4-player", "large-12-player"])
    func shippedScenariosLoadAndMakeAGame(name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: scenariosFolder.appendingPathComponent("\(name).kdl")))
        let setup = try ScenarioLoader.load(bytes, file: "\(name).kdl", source: name)
        let state = try InitialStateBuilder.build(setup: setup, seed: 1)
        #expect(state.systems.count == 3 * setup.rings * setup.rings + 3 * setup.rings + 1)
        #expect(state.houses.count == setup.houses.count)
    }

    @Test func theStandardFourPlayerScenarioSaysWhatTheContractSays() throws {
        let bytes = try [UInt8](Data(contentsOf: scenariosFolder.appendingPathComponent("standard-4-player.kdl")))
        let setup = try ScenarioLoader.load(bytes, file: "standard-4-player.kdl", source: "standard-4-player")
        #expect(setup.houses.map(\.name) == ["Alpha", "Beta", "Gamma", "Delta"])
        #expect(setup.rings == 4)
        #expect(setup.turnLimit == 35)
        #expect(setup.source == "standard-4-player")
    }

    @Test func everySettingIsRead() throws {
        let setup = try load(
            """
            name "Custom"
            players 3
            rings 5
            seed 99
            turn-limit 20
            deadline-hours 12
            lanes major=10 minor=0 restricted=90
            starting-treasury 300
            starting-prestige 7
            home-colony population=20 industry=9 defenses=4 starbase=2
            fleet "Strike" military=5
            fleet spacelift=2 military=1
            house "Red Star" color="#ff0000"
            house "Blue"
            balance {
                military-cost 33
                blockaded-yield-percent 25
            }
            """)
        #expect(setup.name == "Custom")
        #expect(setup.houses.map(\.name) == ["Red Star", "Blue", "Gamma"])
        #expect(setup.houses[0].color == "#ff0000")
        #expect(setup.rings == 5 && setup.seed == 99 && setup.turnLimit == 20 && setup.deadlineHours == 12)
        #expect(setup.laneWeights == GameSetup.LaneWeights(major: 10, minor: 0, restricted: 90))
        #expect(setup.startingTreasury == 300 && setup.startingPrestige == 7)
        #expect(setup.homeColony.population == 20 && setup.homeColony.starbaseLevel == 2)
        #expect(
            setup.startingFleets == [
                GameSetup.FleetSpec(name: "Strike", military: 5, spacelift: 0),
                GameSetup.FleetSpec(name: nil, military: 1, spacelift: 2),
            ])
        #expect(setup.config.militaryCost == 33)
        #expect(setup.config.blockadedYieldPercent == 25)
        #expect(setup.config.spaceliftCost == GameConfig().spaceliftCost)
    }

    @Test func everyProblemIsReportedWithItsLineAndColumn() {
        let found = problems(
            """
            players 4
            rings "four"
            colour "red"
            house "Alpha" colour="#fff"
            balance {
                militry-cost 5
                military-cost "cheap"
            }
            """)
        let where_ = found.map { "\($0.line):\($0.column) \($0.code)" }
        #expect(
            where_ == [
                "2:7 scenario.not_an_integer",
                "3:1 scenario.unknown_node",
                "4:15 scenario.unknown_property",
                "6:5 scenario.unknown_balance_key",
                "7:5 scenario.wrong_type",
            ])
        #expect(found[1].description.hasPrefix("test.kdl:3:1: unknown setting \"colour\""))
    }

    @Test func aSyntaxErrorIsLocatedAndHinted() {
        let found = problems("players 4\nname true\n")
        #expect(found.count == 1)
        #expect(found.first?.code == "scenario.syntax")
        #expect(found.first?.line == 2)
        #expect(found.first?.hint != nil)
    }

    @Test func impossibleSetupsAreRefused() {
        #expect(problems("rings 3").map(\.code) == ["scenario.missing_players"])
        #expect(problems("players 13").map(\.code) == ["scenario.out_of_range"])
        #expect(problems("players 12\nrings 3").map(\.code) == ["scenario.map_too_small"])
        #expect(problems("players 2\nhouse \"A\"\nhouse \"a\"").map(\.code) == ["scenario.duplicate_house"])
        #expect(problems("players 2\nhouse \"A\"\nhouse \"B\"\nhouse \"C\"").map(\.code) == ["scenario.too_many_houses"])
        #expect(problems("players 2\nfleet \"Empty\"").map(\.code) == ["scenario.empty_fleet"])
        #expect(problems("players 2\nplayers 3").map(\.code) == ["scenario.duplicate_node"])
        #expect(problems("players 2\nhouse \"A\" color=\"red\"").map(\.code) == ["scenario.bad_color"])
        #expect(problems("players 2\nlanes major=0 minor=0 restricted=0").map(\.code) == ["scenario.bad_lane_weights"])
    }
}
