import KDL
import Testing

@Suite("errors: codes, positions and hints")
struct KDLErrorTests {
    @Test("a bare keyword is rejected with a 'wrap it in quotes' hint at its position")
    func bareKeywordHint() throws {
        let error = try #require(parseError("node 1\nnode true\n"))
        #expect(error.code == .invalidIdentifier)
        #expect(error.line == 2)
        #expect(error.column == 6)
        let hint = try #require(error.hint)
        #expect(hint.contains("wrap it in quotes"))
        #expect(hint.contains("#true"))
        #expect(error.description.hasPrefix("line 2, column 6: "))
        #expect(error.description.hasSuffix("(hint: \(hint))"))
    }

    @Test("description without a hint has no hint part")
    func descriptionWithoutHint() {
        let error = KDLError(code: .invalidNumber, message: "bad", line: 3, column: 7)
        #expect(error.description == "line 3, column 7: bad")
        #expect(error.formatted(file: "s.kdl") == "s.kdl:3:7: bad")
        let hinted = KDLError(code: .invalidNumber, message: "bad", line: 1, column: 2, hint: "fix")
        #expect(hinted.formatted(file: "s.kdl") == "s.kdl:1:2: bad (hint: fix)")
    }

    @Test("columns count Unicode scalars, not bytes or characters")
    func columnsCountScalars() throws {
        // "é" is two bytes; "e\u{301}" is one Character but two scalars.
        let error = try #require(parseError("node \"é\" \"e\u{301}\" 0n"))
        #expect(error.code == .invalidNumber)
        #expect(error.line == 1)
        #expect(error.column == 16)  // the "n" of 0n
    }

    @Test(
        "every newline kind starts a new line for error positions",
        arguments: [
            "\n", "\r\n", "\r", "\u{85}", "\u{0B}", "\u{0C}", "\u{2028}", "\u{2029}",
        ])
    func newlineKinds(newline: String) throws {
        let error = try #require(parseError("a\(newline)b\(newline)  c null"))
        #expect(error.line == 3)
        #expect(error.column == 5)
    }

    @Test("an unterminated string points at its opening quote")
    func unterminatedString() throws {
        let error = try #require(parseError("node a\nnode \"abc"))
        #expect(error.code == .unterminatedString)
        #expect(error.line == 2)
        #expect(error.column == 6)
    }

    @Test("a newline inside a single-line string is rejected where it occurs")
    func newlineInString() throws {
        let error = try #require(parseError("node \"ab\ncd\""))
        #expect(error.code == .unterminatedString)
        #expect(error.line == 1)
        #expect(error.column == 9)
    }

    @Test("an unclosed children block is reported")
    func unclosedChildren() throws {
        let error = try #require(parseError("parent {\n    child\n"))
        #expect(error.code == .unexpectedEndOfInput)
        #expect(error.message.contains("line 1, column 8"))
    }

    @Test(
        "specific mistakes get specific codes",
        arguments: [
            ("node\"x\"", KDLError.Code.missingWhitespace),
            ("node \"a\"1", .missingWhitespace),
            ("node 1.", .invalidNumber),
            ("node 0xZZ", .invalidNumber),
            ("node \"\\/\"", .invalidEscape),
            ("node \"\\u{D800}\"", .invalidEscape),
            ("node \"\\u{1234567}\"", .invalidEscape),
            ("node /* never closed", .unterminatedComment),
            ("node \\ x", .invalidLineContinuation),
            ("node ()x", .invalidTypeAnnotation),
            ("(t)key=1", .unexpectedCharacter),
            ("node (t)key=1", .invalidTypeAnnotation),
            ("node /-", .invalidSlashdash),
            ("node {a} {b}", .invalidChildrenBlock),
            ("node {a} b", .missingNodeTerminator),
            ("node #maybe", .unknownKeyword),
            ("node a=", .unexpectedEndOfInput),
            ("}", .unexpectedCharacter),
            ("node [x]", .unexpectedCharacter),
            ("node \"\"\"one line\"\"\"", .invalidMultilineString),
            ("node \"\"\"\n  a\n b\n  \"\"\"", .invalidMultilineString),
            ("node 1e9999999999999999999", .numberTooLarge),
        ])
    func errorCodes(input: String, code: KDLError.Code) throws {
        let error = try #require(parseError(input))
        #expect(error.code == code, "\(input.debugDescription): \(error)")
    }

    @Test("a misindented multi-line string line is reported on that line")
    func multilineIndentationLine() throws {
        let error = try #require(parseError("node \"\"\"\n    a\n\t  b\n    \"\"\""))
        #expect(error.code == .invalidMultilineString)
        #expect(error.line == 3)
        #expect(error.column == 1)
        #expect(error.hint != nil)
    }

    @Test("a backslash inside a bare word suggests quoting")
    func backslashInBareWord() throws {
        let error = try #require(parseError("foo\\bar"))
        #expect(error.code == .invalidLineContinuation)
        #expect(error.column == 4)
        #expect(error.hint?.contains("quoted string") == true)
    }
}
