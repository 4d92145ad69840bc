import Testing
import LegacyFormat

struct GameInfoParserTests {
    @Test func titleThenEntriesWithCRLFAndNoFinalNewline() throws {
        let info = try LegacyGameInfoParser.parse("\u{FEFF}  My Game  \r\n\r\nPlayers: 2\r\nColour: blue\r\nSystems:19")
        #expect(info.title == "My Game")
        #expect(info.players == 2)
        #expect(info.systems == 19)
        #expect(info.jumpLanes == nil)
        #expect(info.value(forKey: "colour") == "blue")
        #expect(info.entries.map(\.line) == [3, 4, 5])
    }

    @Test func badLines() {
        let (_, errors) = LegacyGameInfoParser.read("T\nno colon here\n: empty key\nPlayers: six\nPlayers: 6\nJump Lanes: -2\n", file: "game_info.txt")
        #expect(errors.map(\.code) == [.badKeyValue, .badKeyValue, .badInteger, .duplicateKey, .badInteger])
        #expect(errors.map(\.line) == [2, 3, 4, 5, 6])
    }

    @Test func missingTitleIsNoticedWhenTheFirstLineIsACount() {
        let (info, errors) = LegacyGameInfoParser.read("Players: 6\nSystems: 127")
        #expect(errors.map(\.code) == [.missingTitle])
        #expect(errors.first?.line == 1)
        #expect(info?.players == 6)
    }

    @Test func emptyFile() {
        let (info, errors) = LegacyGameInfoParser.read("\n\n")
        #expect(info == nil)
        #expect(errors.map(\.code) == [.missingTitle])
        #expect(errors.first?.line == nil)
    }
}
