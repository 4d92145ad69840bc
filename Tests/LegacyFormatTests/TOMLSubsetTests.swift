import Testing
@testable import LegacyFormat

struct TOMLSubsetTests {
    func parse(_ text: String) -> (document: LegacyTOMLDocument, errors: [LegacyParseError]) {
        LegacyTOMLParser.parse(LegacyTextLines.split(text, file: "c.toml").lines, file: "c.toml")
    }

    func value(_ literal: String) -> LegacyTOMLValue? {
        let result = parse("k = \(literal)")
        return result.errors.isEmpty ? result.document.entries.first?.value : nil
    }

    func errorCode(_ literal: String) -> LegacyParseError.Code? {
        parse("k = \(literal)").errors.first?.code
    }

    @Test func scalars() {
        #expect(value(#""text""#) == .string("text"))
        #expect(value("'C:\\raw'") == .string("C:\\raw"))
        #expect(value(#""a\"b\\c\n\u00E9\U0001F600""#) == .string("a\"b\\c\n\u{E9}\u{1F600}"))
        #expect(value("42") == .integer(42))
        #expect(value("-17") == .integer(-17))
        #expect(value("+3") == .integer(3))
        #expect(value("1_000") == .integer(1000))
        #expect(value("0") == .integer(0))
        #expect(value("0xFF") == .integer(255))
        #expect(value("0o17") == .integer(15))
        #expect(value("0b101") == .integer(5))
        #expect(value("1.0") == .float(1.0))
        #expect(value("-0.5e2") == .float(-50))
        #expect(value("3E-2") == .float(0.03))
        #expect(value("inf") == .float(.infinity))
        #expect(value("true") == .bool(true))
        #expect(value("false") == .bool(false))
    }

    @Test func arrays() {
        #expect(value(#"["a", "b"]"#) == .array([.string("a"), .string("b")]))
        #expect(value("[]") == .array([]))
        #expect(value("[1, 2,]") == .array([.integer(1), .integer(2)]))
        #expect(value(#"[ [1], ["x"] ]"#) == .array([.array([.integer(1)]), .array([.string("x")])]))
    }

    @Test func commentsAndHashesInStrings() {
        let result = parse(
            """
            # whole-line comment
            a = "x # not a comment" # a comment
            b = 5# tight comment
            """)
        #expect(result.errors.isEmpty)
        #expect(result.document.entries.map(\.value) == [.string("x # not a comment"), .integer(5)])
        #expect(result.document.entries.map(\.line.number) == [2, 3])
    }

    @Test func quotedKeysAndTables() {
        let result = parse(
            """
            "quoted key" = 1
            [game]
            inner = 2
            """)
        #expect(result.errors.isEmpty)
        #expect(result.document.entries.map(\.key) == ["quoted key", "inner"])
        #expect(result.document.entries.map(\.table) == [nil, "game"])
        #expect(result.document.tables.map(\.name) == ["game"])
    }

    @Test func badValuesAreErrorsNotGuesses() {
        #expect(errorCode("New Game") == .tomlBadValue)
        #expect(errorCode("01") == .tomlBadValue)
        #expect(errorCode("1__0") == .tomlBadValue)
        #expect(errorCode("1.") == .tomlBadValue)
        #expect(errorCode(".5") == .tomlBadValue)
        #expect(errorCode("99999999999999999999") == .tomlBadValue)
        #expect(errorCode("True") == .tomlBadValue)
        #expect(errorCode(#""unterminated"#) == .tomlBadValue)
        #expect(errorCode(#""bad \q escape""#) == .tomlBadValue)
        #expect(errorCode(#"["a" "b"]"#) == .tomlBadValue)
        #expect(errorCode("") == .tomlBadValue)
    }

    @Test func unquotedTextGetsAHelpfulMessage() {
        let error = parse("gameName = New Game # my game").errors.first
        #expect(error?.message == #"'New Game' is not a TOML value; text must be quoted, e.g. "New Game""#)
        #expect(error?.line == 1)
        #expect(error?.text == "gameName = New Game # my game")
    }

    @Test func validTOMLOutsideTheSubsetIsNamedAsSuch() {
        #expect(errorCode("1979-05-27") == .tomlUnsupported)
        #expect(errorCode("07:32:00") == .tomlUnsupported)
        #expect(errorCode("{ a = 1 }") == .tomlUnsupported)
        #expect(errorCode(#"""""#) == .tomlUnsupported)
        #expect(errorCode("'''") == .tomlUnsupported)
        #expect(errorCode("[1,") == .tomlUnsupported)
        #expect(parse("a.b = 1").errors.map(\.code) == [.tomlUnsupported])
        #expect(parse("[[games]]").errors.map(\.code) == [.tomlUnsupported])
        #expect(parse("[game.rules]").errors.map(\.code) == [.tomlUnsupported])
    }

    @Test func syntaxErrors() {
        #expect(parse("just words").errors.map(\.code) == [.tomlSyntax])
        #expect(parse("= 1").errors.map(\.code) == [.tomlSyntax])
        #expect(parse("[game").errors.map(\.code) == [.tomlSyntax])
        #expect(parse("[game] extra").errors.map(\.code) == [.tomlSyntax])
        #expect(parse(#"a = "x" "y""#).errors.map(\.code) == [.tomlSyntax])
    }

    @Test func duplicateKeysAndTables() {
        let result = parse("a = 1\na = 2\n[t]\na = 3\n[t]\n")
        #expect(result.errors.map(\.code) == [.tomlDuplicateKey, .tomlDuplicateKey])
        #expect(result.errors.map(\.line) == [2, 5])
        #expect(result.errors.first?.message.contains("line 1") == true)
    }

    @Test func everyBadLineIsReported() {
        let result = parse("a = oops\nb = 2\nc = 'x\nd = 1979-05-27\n")
        #expect(result.errors.map(\.line) == [1, 3, 4])
        #expect(result.document.entries.map(\.key) == ["b"])
    }
}
