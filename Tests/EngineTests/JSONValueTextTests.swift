import Engine
import Foundation
import Testing

@Suite struct JSONValueTextTests {
    @Test func writtenTextDecodesToTheSameValue() throws {
        let awkward = "quote \" backslash \\ slash / newline \n tab \t bell \u{7} nul \u{0} é 🚀 \u{2028}"
        let value: [String: JSONValue] = [
            "z": .int(-42), "a": .string(awkward), "m": .array([.null, .bool(true), .bool(false), .object(["k": .string("")])]),
            "empty": .object([:]), "list": .array([]), "big": .int(Int.max),
        ]
        let text = JSONValue.objectText(value)
        #expect(try JSONDecoder().decode([String: JSONValue].self, from: Data(text.utf8)) == value)
        // Keys come out sorted, so equal values give equal text.
        #expect(text.hasPrefix(#"{"a":"#))
        #expect(JSONValue.objectText(value) == text)
    }
}
