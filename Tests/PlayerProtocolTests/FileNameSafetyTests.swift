import Testing
@testable import PlayerProtocol

@Suite struct FileNameSafetyTests {
    @Test func controlAndBidirectionalCharactersAreEscaped() {
        #expect(FileNameSafety.escaped("a\nb\u{202E}c\u{2066}d\u{85}e\u{2028}f\u{200F}\\g.json") == #"a\u000ab\u202ec\u2066d\u0085e\u2028f\u200f\\g.json"#)
        #expect(FileNameSafety.escaped("plain é.json") == "plain é.json")
    }

    @Test func aLongNameIsCutOnACharacterBoundaryAndKeepsItsExtension() {
        let stem = String(repeating: "é", count: 126)  // 252 bytes
        let name = FileNameSafety.fitted(prefix: "000042-", stem: stem, suffix: ".json")
        #expect(name.utf8.count <= FileNameSafety.storedNameMax)
        #expect(name.hasPrefix("000042-é") && name.hasSuffix("é.json"))
        #expect(FileNameSafety.splitExtension("a.b.kdl") == ("a.b", ".kdl"))
        #expect(FileNameSafety.splitExtension(".hidden") == (".hidden", ""))
    }
}
