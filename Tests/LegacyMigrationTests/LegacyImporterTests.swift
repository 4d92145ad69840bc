import Engine
import Foundation
import LegacyFormat
import Testing
@testable import LegacyMigration

let samples = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/legacy-samples")

func sampleGame() throws -> LegacyGame {
    try LegacyGameFolder.load(samples.appendingPathComponent("test_game"))
}

/// A map drawn as (coordinate pairs → lane type), independent of ids.
func mapShape(_ state: GameState) -> (systems: Set<HexCoord>, lanes: [String: LaneType], homes: Set<HexCoord>) {
    let coord = Dictionary(uniqueKeysWithValues: state.systems.map { ($0.id, $0.coord) })
    var lanes: [String: LaneType] = [:]
    for lane in state.lanes {
        let ends = [coord[lane.from]!, coord[lane.to]!].sorted()
        lanes["\(ends[0].q),\(ends[0].r)-\(ends[1].q),\(ends[1].r)"] = lane.type
    }
    return (Set(coord.values), lanes, Set(state.houses.compactMap { $0.homeSystemID.flatMap { coord[$0] } }))
}

@Suite struct LegacyImporterTests {
    @Test func theRealSampleBecomesAFullGame() throws {
        let game = try sampleGame()
        let plan = try LegacyImporter.plan(game, sourceName: "test_game")
        let state = plan.state
        #expect(state.systems.count == 61)
        #expect(state.lanes.count == 159)
        #expect(state.houses.count == 4)
        #expect(state.colonies.count == 4)
        #expect(plan.report.listedLaneLines == 314)
        #expect(plan.report.repairs.filter { $0.kind == "non_adjacent_lane_kept" }.count == 3)
        // Coordinates and rings survive; homes are the legacy players' systems.
        let legacyByCoord = Dictionary(uniqueKeysWithValues: game.map.systems.map { (HexCoord(q: $0.q, r: $0.r), $0) })
        for system in state.systems {
            let legacy = try #require(legacyByCoord[system.coord])
            #expect(legacy.ring == system.ring)
            #expect(plan.report.systemIDs[String(legacy.legacyID)] == system.id)
        }
        for (seat, line) in plan.report.houses.enumerated() {
            #expect(line.player == seat)
            let house = try #require(state.house(slug: line.slug))
            let home = try #require(state.system(house.homeSystemID ?? ""))
            #expect(plan.legacySystemIDs.first { $0.systemID == home.id }?.legacyID == line.legacyHomeID)
            #expect(home.ownerHouseID == house.id)
            let ships = state.fleets.filter { $0.ownerHouseID == house.id }.flatMap(\.ships)
            #expect(ships.filter { $0.type == .military }.count == 2)
            #expect(ships.filter { $0.type == .spacelift }.count == 1)
        }
        #expect(Set(state.systems.map(\.name)).count == 61)
        #expect(state.game.name == "New EC4X Game")
        #expect(plan.setup.source == "legacy:test_game")
    }

    @Test func conflictingDuplicatesBecomeTheMoreRestrictiveLane() throws {
        let text = "1,0,0,0,0\n2,1,0,1,1\n3,0,1,1,none\n"
        let lanes = "1,2,Major\n2,1,Restricted\n1,3,Minor\n3,1,Minor\n2,3,Major\n"
        let game = try LegacyGameParser.parse(
            LegacyGameSources(
                systems: .init(name: "systems.txt", text: text), lanes: .init(name: "lanes.txt", text: lanes), config: nil, info: nil
            ))
        let state = try LegacyImporter.plan(game, sourceName: "tiny").state
        let shape = mapShape(state)
        #expect(shape.lanes == ["0,0-1,0": .restricted, "0,0-0,1": .minor, "0,1-1,0": .major])
    }

    @Test func theSameContentInAnotherOrderAndWithCRLFIsTheSameGame() throws {
        let folder = samples.appendingPathComponent("test_game/game_data")
        let systems = try String(contentsOf: folder.appendingPathComponent("systems.txt"), encoding: .utf8)
        let lanes = try String(contentsOf: folder.appendingPathComponent("lanes.txt"), encoding: .utf8)
        let config = try String(contentsOf: samples.appendingPathComponent("test_game/game_config.toml"), encoding: .utf8)
        func reordered(_ text: String) -> String {
            text.split(separator: "\n").reversed().joined(separator: "\r\n") + "\r\n"
        }
        let shuffled = try LegacyGameParser.parse(
            LegacyGameSources(
                systems: .init(name: "systems.txt", text: reordered(systems)), lanes: .init(name: "lanes.txt", text: reordered(lanes)),
                config: .init(name: "game_config.toml", text: config), info: nil
            ))
        let a = try LegacyImporter.plan(try sampleGame(), sourceName: "test_game")
        let b = try LegacyImporter.plan(shuffled, sourceName: "copy")
        #expect(a.state.game.id == b.state.game.id)
        #expect(a.report.contentSHA256 == b.report.contentSHA256)
        #expect(a.state.systems == b.state.systems)
    }

    @Test func aScenarioDecidesTheStartingFleets() throws {
        var base = GameSetup.standard(players: 4)
        base.startingFleets = [GameSetup.FleetSpec(name: "Armada", military: 5, spacelift: 2)]
        let state = try LegacyImporter.plan(try sampleGame(), sourceName: "test_game", base: base).state
        #expect(state.fleets.count == 4)
        #expect(state.fleets.allSatisfy { $0.ships.count == 7 })
    }

    @Test func tooFewHomesIsRefused() throws {
        let game = try LegacyGameParser.parse(
            LegacyGameSources(
                systems: .init(name: "systems.txt", text: "1,0,0,0,0\n2,1,0,1,none\n"),
                lanes: .init(name: "lanes.txt", text: "1,2,Major\n"), config: nil, info: nil
            ))
        #expect { try LegacyImporter.plan(game, sourceName: "solo") } throws: { ($0 as? LegacyImportError)?.code == "migrate.bad_player_count" }
    }

    @Test(arguments: [2, 4, 12] as [Int])
    func aNewGameExportedAndImportedBackHasTheSameMap(players: Int) throws {
        let original = try InitialStateBuilder.build(setup: GameSetup.standard(players: players), seed: 99)
        let files = LegacyExporter.export(original)
        let parsed = try LegacyGameParser.parse(
            LegacyGameSources(
                systems: .init(name: "systems.txt", text: files.systems), lanes: .init(name: "lanes.txt", text: files.lanes),
                config: .init(name: "game_config.toml", text: files.config), info: nil
            ))
        #expect(parsed.map.repairs.allSatisfy { $0.kind == .duplicateLaneMerged })
        let back = try LegacyImporter.plan(parsed, sourceName: "roundtrip").state
        let (a, b) = (mapShape(original), mapShape(back))
        #expect(a.systems == b.systems)
        #expect(a.lanes == b.lanes)
        #expect(a.homes == b.homes)
        #expect(back.game.name == original.game.name)
    }

    @Test func exportUsesTheOldGeneratorsIdsAndBothLaneDirections() throws {
        let state = try InitialStateBuilder.build(setup: GameSetup.standard(players: 4), seed: 5)
        let files = LegacyExporter.export(state)
        let rings = 4
        for line in files.systems.split(separator: "\n") {
            let fields = line.split(separator: ",").map(String.init)
            let (id, q, r) = (Int(fields[0])!, Int(fields[1])!, Int(fields[2])!)
            #expect(id == (q + rings) * (2 * rings + 1) + (r + rings))
        }
        #expect(files.lanes.split(separator: "\n").count == 2 * state.lanes.count)
        #expect(LegacyExporter.tomlString("say \"hi\"\n") == #""say \"hi\"\n""#)
    }
}

extension LegacyImporterTests {
    @Test func theConfigGivesTheNameTurnLengthStartYearAndLength() throws {
        let folder = samples.appendingPathComponent("test_game/game_data")
        let config = """
            [game]
            gameName = "The Long War"
            turnDuration = 12
            gameLength = 60
            startYear = 2100
            """
        let game = try LegacyGameParser.parse(
            LegacyGameSources(
                systems: .init(name: "systems.txt", bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent("systems.txt")))),
                lanes: .init(name: "lanes.txt", bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent("lanes.txt")))),
                config: .init(name: "game_config.toml", text: config), info: nil
            ))
        let plan = try LegacyImporter.plan(game, sourceName: "long-war")
        #expect(plan.state.game.name == "The Long War")
        #expect(plan.state.game.year == 2100)
        #expect(plan.state.game.turnLimit == 60)
        #expect(plan.setup.deadlineHours == 12)
        #expect(plan.report.gameName == "The Long War")
    }
}
