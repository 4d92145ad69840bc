import Testing
@testable import LegacyFormat

/// The three real config styles and the real game_info.txt.
struct RealSampleConfigTests {
    @Test func shortCamelCaseConfig() throws {
        let (config, warnings) = try LegacyConfigParser.parse(try LegacySamples.bytes("test_game/game_config.toml"))
        #expect(warnings.isEmpty)
        #expect(config.keyStyle == .camelCase)
        #expect(!config.usesGameTable)
        #expect(config.hostName == "EC4X Host")
        #expect(config.gameName == "New EC4X Game")
        #expect(config.serverIP == "127.0.0.1")
        #expect(config.port == 8080)
        #expect(config.numEmpires == 4)
        #expect(config.lineOfSetting["numEmpires"] == 5)
        #expect(config.turnDurationHours == nil)
    }

    @Test func shortSnakeCaseConfig() throws {
        let (config, warnings) = try LegacyConfigParser.parse(try LegacySamples.bytes("game_config.snake_case.toml"))
        #expect(warnings.isEmpty)
        #expect(config.keyStyle == .snakeCase)
        #expect(config.hostName == "Toys In The Attic")
        // A '#' inside a string is text, not a comment.
        #expect(config.gameName == "EC Game #1")
        #expect(config.serverIP == "localhost")
        #expect(config.port == 19910)
        #expect(config.numEmpires == 4)
    }

    @Test func longGameTableTemplate() throws {
        let (config, warnings) = try LegacyConfigParser.parse(try LegacySamples.bytes("game_config.toml.template"))
        #expect(config.usesGameTable)
        #expect(config.keyStyle == .camelCase)
        #expect(config.hostName == "EC4X Host")
        #expect(config.gameName == "New EC4X Game")
        #expect(config.gameDescription == "A new EC4X 4X strategy game")
        #expect(config.serverIP == "127.0.0.1")
        #expect(config.port == 8080)
        #expect(config.numEmpires == 4)
        #expect(config.lineOfSetting["numEmpires"] == 15)
        #expect(config.turnDurationHours == 24)
        #expect(config.gameLength == 100)
        #expect(config.startYear == 2001)
        #expect(config.mapSeed == 0)
        #expect(config.ringMultiplier == 1.0)
        #expect(config.allowCustomRings == false)
        #expect(config.victoryConditions == ["prestige", "elimination", "time"])
        #expect(config.prestigeTarget == 1000)

        // The rest is kept, each with a warning on its own line.
        #expect(config.unmappedSettings.count == 21)
        #expect(warnings.count == 21)
        #expect(warnings.allSatisfy { $0.code == .unknownConfigKey })
        #expect(config.unmappedSettings.first { $0.key == "fogOfWar" } == .init(key: "fogOfWar", value: .bool(true), line: 32))
        #expect(config.unmappedSettings.first { $0.key == "webhookUrl" }?.value == .string(""))
        #expect(config.unmappedSettings.first { $0.key == "resourceGrowthRate" }?.value == .float(0.1))
        #expect(warnings.first { $0.line == 32 }?.text.hasPrefix("fogOfWar = true") == true)
    }

    @Test func offlineGameInfo() throws {
        let info = try LegacyGameInfoParser.parse(try LegacySamples.bytes("offline_game/game_info.txt"))
        #expect(info.title == "EC4X Offline Game")
        #expect(info.players == 6)
        #expect(info.systems == 127)
        #expect(info.jumpLanes == 686)
        // The value holds colons of its own; only the first one separates the key.
        #expect(info.created == "2025-07-09T17:17:44-04:00")
        #expect(info.entries.map(\.key) == ["Players", "Systems", "Jump Lanes", "Created"])
        #expect(info.entries.map(\.line) == [2, 3, 4, 5])
        #expect(info.value(forKey: "jump  LANES") == "686")
    }
}
