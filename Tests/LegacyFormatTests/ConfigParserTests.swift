import Testing
import LegacyFormat

struct ConfigParserTests {
    @Test func camelCaseAndSnakeCaseMapToTheSameFields() throws {
        let camel = try LegacyConfigParser.parse(
            """
            gameName = "G"
            hostName = "H"
            gameDescription = "D"
            serverIp = "10.0.0.1"
            port = 9000
            numEmpires = 3
            turnDuration = 12
            gameLength = 50
            startYear = 2400
            mapSeed = 77
            """
        ).config
        let snake = try LegacyConfigParser.parse(
            """
            game_name = "G"
            host_name = "H"
            game_description = "D"
            server_ip = "10.0.0.1"
            port = "9000"
            num_empires = 3
            turn_duration = 12
            game_length = 50
            start_year = 2400
            map_seed = 77
            """
        ).config
        #expect(camel.keyStyle == .camelCase)
        #expect(snake.keyStyle == .snakeCase)
        var comparable = snake
        comparable.keyStyle = .camelCase
        comparable.lineOfSetting = camel.lineOfSetting
        #expect(comparable == camel)
        #expect(camel.turnDurationHours == 12)
        #expect(snake.lineOfSetting["mapSeed"] == 10)
    }

    @Test func gameTableForm() throws {
        let (config, warnings) = try LegacyConfigParser.parse(
            """
            # long form
            [game]
            gameName = "Long"
            numEmpires = 6
            ringMultiplier = 2
            allowCustomRings = true
            victoryConditions = ["time"]
            fogOfWar = false
            """)
        #expect(config.usesGameTable)
        #expect(config.gameName == "Long")
        #expect(config.numEmpires == 6)
        #expect(config.ringMultiplier == 2.0)
        #expect(config.allowCustomRings == true)
        #expect(config.victoryConditions == ["time"])
        #expect(config.unmappedSettings == [.init(key: "fogOfWar", value: .bool(false), line: 8)])
        #expect(warnings.map(\.code) == [.unknownConfigKey])
        #expect(warnings.map(\.line) == [8])
    }

    @Test func mixedSpellingsAreAcceptedButASettingOnlyOnce() {
        let (config, _, errors) = LegacyConfigParser.read("gameName = \"A\"\nnum_empires = 2\ngame_name = \"B\"\n")
        #expect(config.keyStyle == .mixed)
        #expect(config.gameName == "A")
        #expect(config.numEmpires == 2)
        #expect(errors.map(\.code) == [.tomlDuplicateKey])
        #expect(errors.first?.line == 3)
        #expect(errors.first?.message.contains("'gameName' on line 1") == true)
    }

    @Test func rootAndGameTableMayNotBothSetAField() {
        let errors = LegacyConfigParser.read("numEmpires = 2\n[game]\nnumEmpires = 3\n").errors
        #expect(errors.map(\.code) == [.tomlDuplicateKey])
    }

    @Test func wrongTypesAreErrorsOnTheirLine() {
        let (_, _, errors) = LegacyConfigParser.read(
            """
            numEmpires = "four"
            gameName = 5
            ringMultiplier = "big"
            victoryConditions = ["time", 3]
            allowCustomRings = "yes"
            turnDuration = 1.5
            """, file: "game_config.toml")
        #expect(errors.map(\.code) == Array(repeating: .configTypeMismatch, count: 6))
        #expect(errors.map(\.line) == [1, 2, 3, 4, 5, 6])
        #expect(errors[0].description == #"game_config.toml:1: 'numEmpires': expected an integer, found string (legacy.config_type_mismatch) [numEmpires = "four"]"#)
    }

    @Test func outOfRangeValues() {
        let (_, _, errors) = LegacyConfigParser.read(
            """
            numEmpires = 0
            port = "http"
            turnDuration = -1
            gameLength = 0
            ringMultiplier = -1.0
            """)
        #expect(errors.map(\.code) == Array(repeating: .configBadValue, count: 5))
        #expect(LegacyConfigParser.read("port = 70000").errors.map(\.code) == [.configBadValue])
        #expect(LegacyConfigParser.read("port = \"+80\"").errors.map(\.code) == [.configBadValue])
    }

    @Test func badTOMLValueIsAFileLineErrorAndTheRestIsStillRead() {
        let (config, _, errors) = LegacyConfigParser.read(
            """
            hostName = "H"
            gameName = New EC4X Game
            numEmpires = 4
            """, file: "game_config.toml")
        #expect(errors.count == 1)
        #expect(errors.first?.code == .tomlBadValue)
        #expect(errors.first?.file == "game_config.toml")
        #expect(errors.first?.line == 2)
        #expect(errors.first?.text == "gameName = New EC4X Game")
        #expect(config.hostName == "H")
        #expect(config.numEmpires == 4)
        #expect(config.gameName == nil)
    }

    @Test func throwingFormFailsOnErrorsOnly() throws {
        #expect(throws: LegacyParseFailure.self) { try LegacyConfigParser.parse("numEmpires = x") }
        #expect(try LegacyConfigParser.parse("unknownThing = 1").warnings.count == 1)
    }

    @Test func unknownTablesAreKeptWithAWarning() throws {
        let (config, warnings) = try LegacyConfigParser.parse("gameName = \"G\"\n[server]\nip = \"x\"\nport = 1\n")
        #expect(warnings.map(\.code) == [.unknownConfigTable])
        #expect(warnings.first?.line == 2)
        #expect(config.unmappedSettings.map(\.key) == ["server.ip", "server.port"])
        #expect(config.port == nil)
        #expect(!config.usesGameTable)
    }

    @Test func toleratesCRLFAndBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("[game]\r\nnumEmpires = 4   \r\n\r\nport = \"8080\"".utf8)
        let config = try LegacyConfigParser.parse(bytes).config
        #expect(config.numEmpires == 4)
        #expect(config.port == 8080)
    }

    @Test func emptyConfigIsValidAndEmpty() throws {
        let config = try LegacyConfigParser.parse("# nothing here\n").config
        #expect(config == LegacyConfig())
    }
}
