import Foundation
import Testing
@testable import PlayerProtocol

@Suite struct TokenRedactionTests {
    let token = "0123456789abcdef0123456789abcdef"
    var hash: String { HouseToken.hash(token) }

    func redacted(_ text: String, _ format: OrderFile.Format = .json) -> String {
        String(decoding: TokenRedaction.redact(Array(text.utf8), format: format, tokenHash: hash), as: UTF8.self)
    }

    @Test func aJSONTokenBecomesTheMarkerAndTheFileStillReads() throws {
        let text = #"{"game":"g","house":"alpha","turn":1,"token":"0123456789abcdef0123456789abcdef","fleet_orders":[]}"#
        let kept = redacted(text)
        #expect(kept == #"{"game":"g","house":"alpha","turn":1,"token":"<redacted>","fleet_orders":[]}"#)
        guard case .decoded(let file) = JSONOrderFileReader.read(Array(kept.utf8)) else {
            Issue.record("the redacted file no longer reads")
            return
        }
        #expect(file.token == TokenRedaction.marker && file.house == "alpha")
    }

    @Test func anEscapedKeyAnEscapedValueAndAnyTokenKeyAreRedacted() {
        // Whatever the house wrote as its token, even a wrong one, is not kept.
        #expect(redacted(#"{"to\u006ben" : "\u0030123 not it", "x": {"token": 12345}}"#) == #"{"to\u006ben" : "<redacted>", "x": {"token": "<redacted>"}}"#)
    }

    @Test func theTokenIsRedactedWhereverItWasWritten() {
        // In another field, and in files that do not parse.
        #expect(redacted(#"{"house": "0123456789ABCDEF0123456789abcdef", "turn": "#) == #"{"house": "<redacted>", "turn": "#)
        #expect(redacted("turn 1\n// my token 0123456789abcdef0123456789abcdef\ntoken", .kdl) == "turn 1\n// my token <redacted>\ntoken")
        // Another run of hex digits is left alone.
        let other = "{\"state_hash\": \"0123456789abcdef0123456789abcdee\", \"sha\": \"\(token)\(token)\"}"
        #expect(redacted(other) == other)
    }

    @Test func kdlTokensInEveryStringFormBecomeTheMarker() {
        #expect(redacted("game \"g\"\ntoken \"0123456789abcdef0123456789abcdef\"\nturn 1", .kdl) == "game \"g\"\ntoken \"<redacted>\"\nturn 1")
        #expect(redacted("token #\"secret \"quoted\" value\"#; turn 1", .kdl) == "token \"<redacted>\"; turn 1")
        #expect(redacted("token (t)bare-secret\nturn 1", .kdl) == "token \"<redacted>\"\nturn 1")
        #expect(redacted("fleet_orders {\n    - token=\"x\\\"y\" order=hold\n}", .kdl) == "fleet_orders {\n    - token=\"<redacted>\" order=hold\n}")
        guard case .decoded(let file) = KDLOrderFileReader.read(Array(redacted("game \"g\"\nhouse alpha\nturn 1\ntoken \"abc\"", .kdl).utf8)) else {
            Issue.record("the redacted KDL file no longer reads")
            return
        }
        #expect(file.token == TokenRedaction.marker)
    }
}
