import Testing
import LegacyFormat

struct GameParserTests {
    let systemsText = "40,0,0,0,none\n49,1,0,1,0\n41,0,1,1,1\n"
    let lanesText = "40,49,Major\n49,40,Minor\n40,41,Major\n"

    func sources(systems: String? = nil, lanes: String? = nil, config: String? = nil, info: String? = nil) -> LegacyGameSources {
        LegacyGameSources(
            systems: .init(name: "game_data/systems.txt", text: systems ?? systemsText),
            lanes: .init(name: "game_data/lanes.txt", text: lanes ?? lanesText),
            config: config.map { .init(name: "game_config.toml", text: $0) },
            info: info.map { .init(name: "game_info.txt", text: $0) }
        )
    }

    @Test func assemblesAConsistentGameWithoutWarnings() throws {
        let game = try LegacyGameParser.parse(
            sources(
                config: "numEmpires = 2\ngameName = \"Tiny\"",
                info: "Tiny\nPlayers: 2\nSystems: 3\nJump Lanes: 3"
            ))
        #expect(game.map.lanes.count == 2)
        #expect(game.listedLanes.count == 3)
        #expect(game.homes.map(\.player) == [0, 1])
        #expect(game.config?.gameName == "Tiny")
        #expect(game.info?.title == "Tiny")
        #expect(game.warnings.isEmpty)
        #expect(game.map.repairs.map(\.kind) == [.conflictingLaneType])
    }

    @Test func jumpLanesMayCountDistinctLanesToo() throws {
        #expect(try LegacyGameParser.parse(sources(info: "T\nJump Lanes: 2")).warnings.isEmpty)
    }

    @Test func disagreeingCountsAreWarnings() throws {
        let game = try LegacyGameParser.parse(
            sources(
                config: "# c\nnumEmpires = 4",
                info: "T\nPlayers: 3\nSystems: 5\nJump Lanes: 9"
            ))
        #expect(game.warnings.map(\.code) == [.playerCountMismatch, .playerCountMismatch, .gameInfoCountMismatch, .gameInfoCountMismatch])
        #expect(game.warnings.map(\.file) == ["game_config.toml", "game_info.txt", "game_info.txt", "game_info.txt"])
        #expect(game.warnings.map(\.line) == [2, 2, 3, 4])
    }

    @Test func gapInPlayerIndicesIsAWarning() throws {
        let game = try LegacyGameParser.parse(sources(systems: "40,0,0,0,none\n49,1,0,1,0\n41,0,1,1,2\n"))
        #expect(game.warnings.map(\.code) == [.playerIndicesNotContiguous])
    }

    @Test func errorsOfEveryFileAreGathered() {
        let result = LegacyGameParser.read(
            sources(
                systems: "40,0,0,0,none\n49,1,0,2,0\n",
                lanes: "40,49,Major\n40,77,Wide\n",
                config: "numEmpires = many",
                info: "Title\nPlayers 2"
            ))
        #expect(result.game == nil)
        // System 49 is rejected for its ring, yet lane 40-49 is not reported as naming an unknown system.
        #expect(
            result.errors.map(\.code) == [
                .ringMismatch, .unknownLaneType, .laneUnknownSystem, .tomlBadValue, .badKeyValue,
            ])
        #expect(
            result.errors.map(\.file) == [
                "game_data/systems.txt", "game_data/lanes.txt", "game_data/lanes.txt", "game_config.toml", "game_info.txt",
            ])
        #expect(result.errors.map(\.line) == [2, 2, 2, 1, 2])
    }
}
