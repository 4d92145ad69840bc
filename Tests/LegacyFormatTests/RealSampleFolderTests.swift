import Foundation
import Testing
@testable import LegacyFormat

struct RealSampleFolderTests {
    @Test func loadsTheTestGameFolder() throws {
        let game = try LegacyGameFolder.load(LegacySamples.url("test_game"))
        #expect(game.map.systems.count == 61)
        #expect(game.map.lanes.count == 159)
        #expect(game.listedLanes.count == 314)
        #expect(game.homes.map(\.player) == [0, 1, 2, 3])
        #expect(game.config?.numEmpires == 4)
        #expect(game.info == nil)
        // numEmpires agrees with the homes and the player indices have no gap.
        #expect(game.warnings.isEmpty)
        #expect(game.map.systems.first?.line != nil)
    }

    @Test func namesFilesRelativeToTheGameFolder() throws {
        let sources = try LegacyGameFolder.sources(in: LegacySamples.url("test_game"))
        #expect(sources.systems.name == "game_data/systems.txt")
        #expect(sources.lanes.name == "game_data/lanes.txt")
        #expect(sources.config?.name == "game_config.toml")
        #expect(sources.info == nil)
    }

    @Test func offlineGameHasNoMapToMigrate() {
        #expect {
            try LegacyGameFolder.load(LegacySamples.url("offline_game"))
        } throws: { error in
            guard let failure = error as? LegacyParseFailure else { return false }
            return failure.errors.map(\.code) == [.missingFile, .missingFile]
                && failure.errors.map(\.file) == ["systems.txt", "lanes.txt"]
                && failure.errors.allSatisfy { $0.message.contains("counts only") }
        }
    }

    @Test func repairReportEncodesAsJSON() throws {
        let game = try LegacyGameFolder.load(LegacySamples.url("test_game"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(game.map.repairs)
        let json = try #require(String(data: data, encoding: .utf8))
        #expect(json.contains(#""kind":"conflicting_lane_type""#))
        #expect(json.contains(#""kind":"non_adjacent_lane_kept""#))
        #expect(json.contains(#""resultType":"Restricted""#))
        #expect(try JSONDecoder().decode([LegacyRepair].self, from: data) == game.map.repairs)
    }
}
