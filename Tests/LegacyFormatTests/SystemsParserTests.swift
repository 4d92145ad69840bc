import Testing
import LegacyFormat

struct SystemsParserTests {
    /// Reads text that must fail and returns its errors.
    func errors(_ text: String) -> [LegacyParseError] {
        LegacySystemsParser.read(text, file: "game_data/systems.txt").errors
    }

    @Test func parsesOwnerAndNone() throws {
        let systems = try LegacySystemsParser.parse("36,0,-4,4,0\n40,0,0,0,none")
        #expect(systems.map(\.player) == [0, nil])
        #expect(systems.map(\.isHome) == [true, false])
    }

    @Test func badFieldCount() {
        let found = errors("40,0,0,0\n49,1,0,1,none,extra\n")
        #expect(found.map(\.code) == [.badFieldCount, .badFieldCount])
        #expect(found.map(\.line) == [1, 2])
        #expect(found[0].text == "40,0,0,0")
        #expect(found[0].message.contains("found 4"))
    }

    @Test func badIntegerNamesTheField() {
        let found = errors("40,0,x,0,none\n4o,0,0,0,none\n41,1.5,0,1,none")
        #expect(found.map(\.code) == [.badInteger, .badInteger, .badInteger])
        #expect(found[0].message.contains("r 'x'"))
        #expect(found[1].message.contains("id '4o'"))
        #expect(found[2].message.contains("q '1.5'"))
    }

    @Test func everyBadFieldOfALineIsReported() {
        let found = errors("a,b,0,0,none")
        #expect(found.map(\.code) == [.badInteger, .badInteger])
    }

    @Test func ringMismatch() {
        // (1,-3) is 3 hexes from the centre.
        let found = errors("40,0,0,0,none\n46,1,-3,2,none\n")
        #expect(found.map(\.code) == [.ringMismatch])
        #expect(found.first?.line == 2)
        #expect(found.first?.text == "46,1,-3,2,none")
        #expect(found.first?.description == "game_data/systems.txt:2: ring 2 does not match coordinates (1,-3), whose ring is 3 (legacy.ring_mismatch) [46,1,-3,2,none]")
    }

    @Test func badPlayer() {
        let found = errors("36,0,-4,4,-1\n40,0,0,0,nobody\n44,0,4,4,None")
        #expect(found.map(\.code) == [.badPlayer, .badPlayer, .badPlayer])
    }

    @Test func negativeSystemID() {
        #expect(errors("-1,0,0,0,none").map(\.code) == [.badSystemID])
    }

    @Test func duplicatesKeepTheFirstAndPointToIt() {
        let (systems, found) = LegacySystemsParser.read(
            """
            40,0,0,0,none
            40,1,0,1,none
            41,0,0,0,none
            36,0,-4,4,0
            44,0,4,4,0
            """)
        #expect(systems.map(\.legacyID) == [40, 36])
        #expect(found.map(\.code) == [.duplicateSystemID, .duplicateCoordinates, .duplicateHome])
        #expect(found.map(\.line) == [2, 3, 5])
        #expect(found[0].message.contains("line 1"))
        #expect(found[2].message.contains("line 4"))
    }

    @Test func collectsAllErrorsOfTheFileInLineOrder() {
        let found = errors("x\n40,0,0,0,none\n41,0,0,1,none\n42,0,0,0,none\n43,1,-1,1,Major\n")
        #expect(found.map(\.line) == [1, 3, 4, 5])
        #expect(found.map(\.code) == [.badFieldCount, .ringMismatch, .duplicateCoordinates, .badPlayer])
    }

    @Test func throwingFormCarriesEveryError() {
        #expect {
            try LegacySystemsParser.parse("x\ny\n", file: "systems.txt")
        } throws: { error in
            (error as? LegacyParseFailure)?.errors.map(\.line) == [1, 2]
        }
    }

    @Test func emptyFileHasNoSystems() {
        let found = errors("\r\n  \n")
        #expect(found.map(\.code) == [.noSystems])
        #expect(found.first?.line == nil)
    }
}
