import NostrEvents
import Testing

@Suite struct JSONTests {
    @Test func readsEscapesAndSurrogatePairs() throws {
        let value = try JSON.parse(#"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\ud83d\ude80", "é🚀"]"#)
        #expect(value == .array([.string("a\"b\\c/d\u{08}\u{0C}\n\r\t"), .string("é🚀"), .string("é🚀")]))
    }

    @Test func keepsNumbersAsWritten() throws {
        let value = try JSON.parse(#"{"a": 1733000000, "b": -0.5e+3, "c": 9223372036854775807}"#)
        #expect(value["a"]?.int64Value == 1_733_000_000)
        #expect(value["b"] == .number("-0.5e+3"))
        #expect(value["b"]?.int64Value == nil)
        #expect(value["c"]?.int64Value == Int64.max)
        #expect(value.text == #"{"a":1733000000,"b":-0.5e+3,"c":9223372036854775807}"#)
    }

    @Test func keepsMemberOrder() throws {
        #expect(try JSON.parse(#"{"z":1,"a":2}"#).text == #"{"z":1,"a":2}"#)
    }

    @Test(arguments: [
        #"[1,]"#, #"{"a":1,}"#, #"[01]"#, #"["\x"]"#, #"["\ud83d"]"#, #"["\ude80"]"#, "[\"tab\there\"]",
        #"[1] x"#, #"{"a" 1}"#, #"[tru]"#, #""unterminated"#, #"[1.]"#, #"["\u12"]"#, #"["\u+123"]"#, "",
    ])
    func refusesInvalidJSON(_ text: String) {
        #expect(throws: NostrEventError.self) { try JSON.parse(text) }
    }

    @Test func refusesInvalidUTF8() {
        #expect(throws: NostrEventError.self) { try JSON.parse(bytes: [0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D]) }
    }

    @Test func refusesDeepNesting() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: NostrEventError.self) { try JSON.parse(deep) }
    }

    @Test func writesNIP01Escapes() {
        #expect(JSON.quoted("a\nb\"c\\d\re\tf\u{08}g\u{0C}h") == #""a\nb\"c\\d\re\tf\bg\fh""#)
        #expect(JSON.quoted("\u{01}\u{1F}\u{7F}/é") == "\"\\u0001\\u001f\u{7F}/é\"")
    }
}
