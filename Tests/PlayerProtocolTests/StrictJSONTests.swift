import PlayerProtocol
import Testing

/// Order files are read as RFC 8259 says, and a mistake is reported where it is, with what to change.
@Suite struct StrictJSONTests {
    static func errors(_ text: String) -> [SubmissionError] {
        guard case .invalid(let errors) = JSONOrderFileReader.read(Array(text.utf8)) else { return [] }
        return errors.listed
    }

    static func file(_ text: String) -> OrderFile? {
        guard case .decoded(let file) = JSONOrderFileReader.read(Array(text.utf8)) else { return nil }
        return file
    }

    @Test func aMissingCommaOnLineThreeNamesLineThreeAndItsColumn() throws {
        let text = "{\n  \"game\": \"g\",\n  \"house\": \"alpha\"\n  \"turn\": 3\n}\n"
        // The comma is missing at the end of line 3; the parser finds out at line 4, column 3.
        let text3 = "{\n  \"game\": \"g\",\n  \"house\": \"alpha\" \"turn\": 3\n}\n"
        let error = try #require(Self.errors(text3).first)
        #expect(error.code == .fileBadJson)
        #expect(error.path == "$")
        #expect(error.line == 3)
        #expect(error.column == 20)
        #expect(error.message.contains("line 3, column 20"))
        #expect(error.message.contains("a missing comma?"))
        let nextLine = try #require(Self.errors(text).first)
        #expect(nextLine.line == 4 && nextLine.column == 3)
        #expect(nextLine.message.contains("a missing comma?"))
    }

    @Test func trailingCommasAreRefusedAtTheComma() throws {
        let object = try #require(Self.errors("{\"game\": \"g\",\n}").first)
        #expect(object.code == .fileBadJson)
        #expect(object.line == 1 && object.column == 13)
        #expect(object.message.contains("trailing comma before the '}' at line 2, column 1"))
        #expect(object.message.contains("remove the comma at line 1, column 13"))
        let list = try #require(Self.errors(#"{"fleet_orders": [{"fleet": "f", "order": "hold"},]}"#).first)
        #expect(list.code == .fileBadJson)
        #expect(list.message.contains("trailing comma before the ']'"))
    }

    @Test func duplicateKeysAreRefusedWithTheirPath() throws {
        let text = """
            {"game": "g", "house": "alpha", "turn": 1,
             "fleet_orders": [{"fleet": "f", "order": "move", "to": "a", "to": "b"}],
             "turn": 2}
            """
        let errors = Self.errors(text)
        #expect(errors.map(\.code) == [.fieldDuplicateKey, .fieldDuplicateKey])
        #expect(errors.map(\.path) == ["turn", "fleet_orders[0].to"])
        #expect(errors[0].line == 3 && errors[0].column == 2)
        #expect(errors[0].message.contains("first at line 1, column 33"))
        #expect(errors[1].line == 2)
    }

    @Test func everySyntaxErrorHasALocationAndAHint() {
        let broken = [
            #"{"game": 'g'}"#, #"{game: "g"}"#, #"{"turn": 01}"#, #"{"turn": +1}"#, #"{"turn": .5}"#, #"{"turn": 1.}"#,
            #"{"turn": NaN}"#, #"{"ready": True}"#, "{\"game\": \"g\" // hi\n}", #"{"game": "a\qb"}"#, "{\"game\": \"a\tb\"}",
            "{\"game\": \"unterminated\n}", #"{"game" "g"}"#, #"{"game": "g"} {}"#, #"{"fleet_orders": [1 2]}"#, #"{"game": "g""#,
            #"{"a": "\ud800"}"#, #"{"fleet_orders": [}"#, #"{"game":,}"#, "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        ]
        for text in broken {
            let errors = Self.errors(text)
            #expect(errors.count == 1, "\(text)")
            guard let error = errors.first else { continue }
            #expect(error.code == .fileBadJson, "\(text)")
            #expect(error.line != nil && error.column != nil, "\(text)")
            #expect(error.message.hasPrefix("line \(error.line ?? 0), column \(error.column ?? 0): "), "\(text)")
            #expect(error.message.contains(" — "), "a hint for \(text)")
        }
        #expect(Self.errors(#"{"game": 'g'}"#).first?.message.contains("double quotes") == true)
        #expect(Self.errors("{\"game\": \"g\" // hi\n}").first?.message.contains("a missing comma") == true)
        #expect(Self.errors(#"{"ready": True}"#).first?.message.contains("lowercase") == true)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let error = try #require(Self.errors("{\"house\": \"Ærø\" \"turn\": 1}").first)
        #expect(error.line == 1 && error.column == 17)
    }

    @Test func validJSONStillReadsWithEscapesNumbersAndABOM() throws {
        let text = "\u{FEFF}" + #"{"game": "g\u00e9\ud83d\ude00\n", "house": "alpha", "turn": 3, "ready": false, "fleet_orders": []}"#
        let file = try #require(Self.file(text))
        #expect(file.game == "gé😀\n")
        #expect(file.turn == 3)
        #expect(file.ready == false)
        #expect(file.isReady == false)
    }

    @Test func aDecimalOrHugeTurnIsTheWrongType() {
        #expect(Self.errors(#"{"turn": 1.0}"#).first?.message.contains("a decimal number") == true)
        #expect(Self.errors(#"{"turn": 99999999999999999999999}"#).first?.message.contains("too large") == true)
        #expect(Self.errors(#"{"ready": "no"}"#).first?.message.contains("true or false") == true)
    }

    @Test func fieldErrorsCarryTheirLineAndColumn() throws {
        let error = try #require(Self.errors("{\"game\": \"g\",\n  \"turn\": \"3\"}").first)
        #expect(error.code == .fieldWrongType)
        #expect(error.path == "turn")
        #expect(error.line == 2 && error.column == 3)
    }

    @Test func kdlDuplicatesAreRefusedToo() throws {
        let kdl = "turn 1\nturn 2\nfleet_orders {\n    - fleet=f order=hold order=move\n}\n"
        guard case .invalid(let errors) = KDLOrderFileReader.read(Array(kdl.utf8)) else {
            Issue.record("accepted")
            return
        }
        #expect(errors.listed.map(\.code) == [.fieldDuplicateKey, .fieldDuplicateKey])
        #expect(errors.listed.map(\.path) == ["turn", "fleet_orders[0].order"])
        #expect(errors.listed.map(\.line) == [2, 4])
    }

    @Test func detachReadsItsShipsInBothFormats() throws {
        let json = #"{"fleet_orders": [{"fleet": "f", "order": "detach", "ships": {"military": 2}, "name": "Raiders"}]}"#
        let line = try #require(Self.file(json)?.orders.fleetOrders.first)
        #expect(line.ships?.military == 2 && line.ships?.spacelift == 0)
        #expect(line.name == "Raiders")
        let kdl = "ready #false\nfleet_orders {\n    - fleet=f order=detach name=Raiders { ships military=1 spacelift=1; }\n}\n"
        guard case .decoded(let file) = KDLOrderFileReader.read(Array(kdl.utf8)) else {
            Issue.record("refused")
            return
        }
        #expect(file.ready == false)
        #expect(file.orders.fleetOrders.first?.ships?.total == 2)
        let bad = Self.errors(#"{"fleet_orders": [{"fleet": "f", "order": "detach", "ships": {"cruisers": 2, "military": "2"}}]}"#)
        #expect(bad.map(\.path).sorted() == ["fleet_orders[0].ships.cruisers", "fleet_orders[0].ships.military"])
    }
}

/// Every one-byte slip in a real order file is either still a file or a located error.
@Suite struct StrictJSONSlipTests {
    static let file = """
        {
          "game": "7e92bf06-308d-4466-89e1-ed7a7c8063f0", "house": "alpha", "turn": 1, "ready": false,
          "fleet_orders": [{"fleet": "4ea0af9d", "order": "detach", "ships": {"military": 1}, "name": "Ærø"}],
          "builds": [{"colony": "82453266", "item": "military", "quantity": 2}]
        }
        """

    @Test func deletingOrDoublingAnyByteNeverLosesTheLocation() {
        let bytes = Array(Self.file.utf8)
        let lines = Self.file.split(separator: "\n", omittingEmptySubsequences: false).count
        for index in bytes.indices {
            var deleted = bytes
            deleted.remove(at: index)
            var doubled = bytes
            doubled.insert(bytes[index], at: index)
            for slipped in [deleted, doubled] {
                guard String(validating: slipped, as: UTF8.self) != nil,
                    case .invalid(let errors) = JSONOrderFileReader.read(slipped)
                else { continue }
                for error in errors.listed where error.code == .fileBadJson {
                    #expect(errors.count == 1)
                    #expect((1...lines + 1).contains(error.line ?? 0), "byte \(index)")
                    #expect((error.column ?? 0) >= 1, "byte \(index)")
                }
            }
        }
    }
}
