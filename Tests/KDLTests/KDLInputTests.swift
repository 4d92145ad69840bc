import Foundation
import KDL
import Testing

@Suite("input: encoding, byte order mark and limits")
struct KDLInputTests {
    @Test(
        "invalid UTF-8 is rejected with its position",
        arguments: [
            [0xFF] as [UInt8],  // never valid
            [0xC0, 0xAF],  // overlong '/'
            [0xE0, 0x80, 0xAF],  // overlong
            [0xED, 0xA0, 0x80],  // UTF-16 surrogate D800
            [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
            [0xE2, 0x82],  // truncated at the end
            [0xE2, 0x28, 0xA1],  // bad continuation byte
            [0x80],  // lone continuation byte
        ])
    func invalidUTF8(sequence: [UInt8]) throws {
        let input = Array("node \"ok\"\nnode \"".utf8) + sequence + Array("\"".utf8)
        let error = try #require(parseError(bytes: input))
        #expect(error.code == .invalidUTF8)
        #expect(error.line == 2)
        #expect(error.column == 7)
    }

    @Test("invalid UTF-8 in Data is rejected too")
    func invalidUTF8Data() throws {
        let data = Data([0x6E, 0x20, 0xC3, 0x28])
        #expect(throws: KDLError.self) { try KDLDocument(parsing: data) }
        let good = try KDLDocument(parsing: Data("n é".utf8))
        #expect(good.nodes.first?.arguments.first?.stringValue == "é")
    }

    @Test("a byte order mark is accepted at the start only")
    func byteOrderMark() throws {
        let document = try KDLDocument(parsing: "\u{FEFF}node arg")
        #expect(document.nodes.map(\.name) == ["node"])
        #expect(document.nodes.first?.location?.column == 1)

        let middle = try #require(parseError("node \u{FEFF}arg"))
        #expect(middle.code == .misplacedByteOrderMark)
        #expect(middle.line == 1 && middle.column == 6)

        let inString = try #require(parseError("node \"a\u{FEFF}b\""))
        #expect(inString.code == .misplacedByteOrderMark)

        let escaped = try KDLDocument(parsing: "node \"a\\u{FEFF}b\"")
        #expect(escaped.nodes.first?.arguments.first?.stringValue == "a\u{FEFF}b")
    }

    @Test("disallowed code points are rejected even inside comments")
    func disallowedCodePoints() throws {
        for scalar in ["\u{7F}", "\u{1}", "\u{200E}", "\u{202E}", "\u{2066}"] {
            let error = try #require(parseError("// comment \(scalar)\nnode"))
            #expect(error.code == .disallowedCodePoint)
            #expect(error.line == 1 && error.column == 12)
        }
    }

    @Test("nesting up to the depth limit parses; one more level fails")
    func depthLimit() throws {
        func nested(_ depth: Int) -> String {
            String(repeating: "a {", count: depth) + "leaf" + String(repeating: "}", count: depth)
        }
        let deepest = try KDLDocument(parsing: nested(128))
        var node = try #require(deepest.nodes.first)
        var levels = 0
        while let child = node.children.first {
            node = child
            levels += 1
        }
        #expect(levels == 128)
        #expect(node.name == "leaf")

        let error = try #require(parseError(nested(129)))
        #expect(error.code == .nestingTooDeep)
        #expect(error.column == 129 * 3)  // the '{' of level 129

        let small = KDLParseOptions(maxDepth: 2)
        #expect(parseError(nested(2), options: small) == nil)
        #expect(parseError(nested(3), options: small)?.code == .nestingTooDeep)
        // Slashdashed blocks count towards the limit as well.
        #expect(parseError("a /-{ b { c { d } } }", options: small)?.code == .nestingTooDeep)
    }

    @Test("input larger than the size limit is refused before parsing")
    func sizeLimit() throws {
        let options = KDLParseOptions(maxInputBytes: 10)
        #expect(parseError("node 12345", options: options) == nil)  // exactly 10 bytes
        let error = try #require(parseError("node 123456", options: options))
        #expect(error.code == .inputTooLarge)
        #expect(error.message.contains("11 bytes"))
        #expect(KDLParseOptions.default.maxInputBytes == 16 * 1024 * 1024)
        #expect(KDLParseOptions.default.maxDepth == 128)
    }

    @Test("a quote followed by a combining mark is still a quote")
    func combiningMarkAfterQuote() throws {
        // As Characters, "\"\u{301}" would be one grapheme and the quote would be missed.
        let opening = try KDLDocument(parsing: "node \"\u{301}x\"")
        let text = try #require(opening.nodes.first?.arguments.first?.stringValue)
        #expect(Array(text.unicodeScalars) == ["\u{301}", "x"])

        // The closing quote closes the string; the mark after it is a new word without a space.
        let error = try #require(parseError("node \"x\"\u{301}"))
        #expect(error.code == .missingWhitespace)
        #expect(error.column == 9)

        let raw = try KDLDocument(parsing: "node #\"a\"\u{301}\"#")
        #expect(raw.nodes.first.map { Array($0.arguments[0].stringValue!.unicodeScalars) } == ["a", "\"", "\u{301}"])
    }

    @Test("String, [UInt8] and Data inputs give the same document")
    func inputKindsAgree() throws {
        let text = "title \"Ünïcödé\" turn=1 {\n    house Atreides\n}\n"
        let fromString = try KDLDocument(parsing: text)
        let fromBytes = try KDLDocument(parsing: Array(text.utf8))
        let fromData = try KDLDocument(parsing: Data(text.utf8))
        #expect(fromString == fromBytes)
        #expect(fromBytes == fromData)
        #expect(fromString.canonicalString() == text.replacingOccurrences(of: "\"Ünïcödé\"", with: "Ünïcödé"))
    }
}
