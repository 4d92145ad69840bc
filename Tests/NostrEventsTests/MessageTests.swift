import NostrCrypto
import NostrEvents
import Testing

@Suite struct MessageTests {
    @Test func writesClientMessages() throws {
        let filter = Filter(
            authors: ["7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e"],
            kinds: [3471, 3476],
            tags: ["p": ["abc"], "a": ["30470:x:game-1"]],
            since: 1_733_000_000,
            limit: 50
        )
        #expect(
            ClientMessage.request(subscription: "s1", filters: [filter, Filter(ids: ["ff"])]).text
                == ##"["REQ","s1",{"authors":["7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e"],"kinds":[3471,3476],"#a":["30470:x:game-1"],"#p":["abc"],"since":1733000000,"limit":50},{"ids":["ff"]}]"##
        )
        #expect(ClientMessage.close(subscription: "s1").text == #"["CLOSE","s1"]"#)
        let event = try Event(jsonText: EventTests.fromRustNostr)
        #expect(ClientMessage.event(event).text == "[\"EVENT\"," + EventTests.fromRustNostr + "]")
    }

    @Test func readsRelayMessages() throws {
        let event = try Event(jsonText: EventTests.fromRustNostr)
        #expect(try RelayMessage(text: "[\"EVENT\",\"s1\"," + EventTests.fromRustNostr + "]") == .event(subscription: "s1", event: event))
        #expect(try RelayMessage(text: #"["EOSE","s1"]"#) == .endOfStoredEvents(subscription: "s1"))
        #expect(try RelayMessage(text: #"["OK","abcd",true,""]"#) == .ok(eventID: "abcd", accepted: true, message: ""))
        #expect(
            try RelayMessage(text: #"["OK","abcd",false,"blocked: not on the list"]"#)
                == .ok(eventID: "abcd", accepted: false, message: "blocked: not on the list"))
        #expect(try RelayMessage(text: #"["NOTICE","slow down"]"#) == .notice("slow down"))
        #expect(try RelayMessage(text: #"["CLOSED","s1","error: shutting down"]"#) == .closed(subscription: "s1", message: "error: shutting down"))
        #expect(try RelayMessage(text: #"["AUTH","challenge"]"#) == .auth(challenge: "challenge"))
    }

    @Test(arguments: [#"{"EOSE":"s1"}"#, #"["EOSE"]"#, #"["OK","abcd","true",""]"#, #"["HELLO","x"]"#, #"["EVENT","s1",{}]"#, #"[]"#])
    func refusesMalformedRelayMessages(_ text: String) {
        #expect(throws: NostrEventError.self) { try RelayMessage(text: text) }
    }
}
