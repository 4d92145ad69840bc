import PlayerProtocol
import Testing

/// A field the protocol does not know is reported with a path a player can follow, whatever its name.
/// The empty-name cases were found by fuzzing (scripts/fuzz.sh): they were reported with an empty path.
@Suite struct UnknownFieldPathTests {
    static func errors(_ decoded: DecodedOrderFile) -> [SubmissionError] {
        guard case .invalid(let errors) = decoded else { return [] }
        return errors.listed
    }

    @Test func emptyJSONKeyAtTheTopIsQuoted() throws {
        let errors = Self.errors(JSONOrderFileReader.read(Array(#"{"": 5, "turn": 1}"#.utf8)))
        let error = try #require(errors.first { $0.code == .fieldUnknown })
        #expect(error.path == #"$[""]"#)
        #expect(error.message.hasPrefix(#"$[""] is not a field here"#))
    }

    @Test func emptyKDLNodeNameIsQuoted() throws {
        let errors = Self.errors(KDLOrderFileReader.read(Array(#""""#.utf8)))
        let error = try #require(errors.first)
        #expect(error.code == .fieldUnknown)
        #expect(error.path == #"$[""]"#)
        #expect(error.line == 1 && error.column == 1)
    }

    @Test func oddKeyInsideAnEntryIsQuotedAfterTheEntry() throws {
        let json = #"{"builds": [{"colony": "c", "item": "military", "a.b": 1, "": 2, "say \"hi\"": 3}]}"#
        let paths = Self.errors(JSONOrderFileReader.read(Array(json.utf8))).filter { $0.code == .fieldUnknown }.map(\.path)
        #expect(paths.sorted() == [#"builds[0][""]"#, #"builds[0]["a.b"]"#, #"builds[0]["say \"hi\""]"#])
        let kdl = "builds {\n    - colony=c item=military \"a.b\"=1\n}\n"
        let kdlErrors = Self.errors(KDLOrderFileReader.read(Array(kdl.utf8)))
        #expect(kdlErrors.map(\.path) == [#"builds[0]["a.b"]"#])
        #expect(kdlErrors.first?.line == 2)
    }

    @Test func plainNamesKeepTheirDottedPath() {
        let json = #"{"waiting_for": [], "builds": [{"colony": "c", "item": "military", "count": 1}]}"#
        let paths = Self.errors(JSONOrderFileReader.read(Array(json.utf8))).filter { $0.code == .fieldUnknown }.map(\.path)
        #expect(paths.sorted() == ["builds[0].count", "waiting_for"])
    }
}
