import Testing
import LegacyFormat

struct LanesParserTests {
    @Test func parsesAllThreeTypes() throws {
        let lanes = try LegacyLanesParser.parse("1,2,Major\n2,3,Minor\n3,1,Restricted\n")
        #expect(lanes.map(\.type) == [.major, .minor, .restricted])
    }

    @Test func unknownLaneType() {
        let (lanes, errors) = LegacyLanesParser.read("1,2,Major\n1,3,major\n1,4,Wide\n1,5,\n", file: "lanes.txt")
        #expect(lanes.count == 1)
        #expect(errors.map(\.code) == [.unknownLaneType, .unknownLaneType, .unknownLaneType])
        #expect(errors.map(\.line) == [2, 3, 4])
        #expect(errors[1].description.hasPrefix("lanes.txt:3: unknown lane type 'Wide'"))
    }

    @Test func badFieldCountAndIntegers() {
        let errors = LegacyLanesParser.read("1,2\n1,2,Major,extra\nx,2,Major\n1,y,Minor\n").errors
        #expect(errors.map(\.code) == [.badFieldCount, .badFieldCount, .badInteger, .badInteger])
    }

    @Test func selfLane() {
        let errors = LegacyLanesParser.read("7,7,Major").errors
        #expect(errors.map(\.code) == [.selfLane])
    }

    @Test func laneToUnknownSystem() {
        let errors = LegacyLanesParser.read("1,2,Major\n1,9,Minor\n8,9,Major\n9,9,Major", systemIDs: [1, 2]).errors
        #expect(errors.map(\.code) == [.laneUnknownSystem, .laneUnknownSystem, .laneUnknownSystem, .selfLane, .laneUnknownSystem])
        #expect(errors.map(\.line) == [2, 3, 3, 4, 4])
        #expect(errors[0].message.contains("system 9"))
    }

    @Test func unknownSystemsAreOnlyCheckedWhenIDsAreGiven() throws {
        #expect(try LegacyLanesParser.parse("1,9,Minor").count == 1)
    }

    @Test func repeatedPairsAreNotParseErrors() throws {
        #expect(try LegacyLanesParser.parse("1,2,Major\n2,1,Restricted\n1,2,Major").count == 3)
    }
}
