import NostrCrypto
import NostrEvents
import Testing

@Suite struct EventTests {
    /// Signed by rust-nostr (PyPI nostr-sdk 0.45.1) with NIP-19's example key: an independent implementation's
    /// id and signature, over content with a C0 control, DEL, U+2028, non-ASCII and NIP-01's escapes.
    static let fromRustNostr =
        #"{"id":"fe7ca2eba5ffc90130a880299c13bfad8f3407a7d201f3f46d209e3288913c3f","pubkey":"7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e","created_at":1700000000,"kind":1,"tags":[],"content":"a\u0001b"#
        + "\u{7f}" + #""# + "\u{2028}"
        + #"/é😀\n\"\\","sig":"91d810b4ad6258108842cdb0c9f8fe7a276038b0714d2a84c3494bac331a4637a88b04e00cf9b24b54e347fa76cc410cf19866d75df975572a9536e613262cdf"}"#
    /// The same, kind 3471 with tags (an `a` address, `t`, and a tag holding a tab, quote and backslash).
    static let taggedFromRustNostr =
        #"{"id":"fab312d923239be2a12507daf3321c93fe0c85d3e01c456a60a3164daec92d27","pubkey":"7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e","created_at":1733000000,"kind":3471,"tags":[["a","30470:7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e:game-1"],["t","3"],["note","tab\there","quote\"back\\slash"]],"content":"line1\nline2\r\ttab\bback\fform \"q\" \\ é 🚀 "#
        + "\u{2028}" + #" /","sig":"b8bf4910898417caf5ccf0149f973cb83f5e962e1e4668c868e6ea3eb79667584f7a9e4ad56322cc2730a95fae04cb11bc79b45aea913985d393c93b7c8343a3"}"#

    @Test(arguments: [fromRustNostr, taggedFromRustNostr])
    func verifiesAnotherImplementationsEvents(_ text: String) throws {
        let event = try Event(jsonText: text)
        try event.verify()
        #expect(event.pubkey.npub == "npub10elfcs4fr0l0r8af98jlmgdh9c8tcxjvz9qkw038js35mp4dma8qzvjptg")
        // Our writer produces the very bytes rust-nostr sent: the same escaping, the same field order.
        #expect(event.jsonText == text)
    }

    @Test func readsFieldsExactly() throws {
        let event = try Event(jsonText: Self.taggedFromRustNostr)
        #expect(event.kind == 3471)
        #expect(event.createdAt == 1_733_000_000)
        #expect(event.tags[2] == ["note", "tab\there", "quote\"back\\slash"])
        #expect(event.content.hasPrefix("line1\nline2\r\ttab\u{08}back\u{0C}form \"q\" \\ é 🚀 \u{2028} /"))
        #expect(event.firstTagValue("t") == "3")
        #expect(event.idHex == "fab312d923239be2a12507daf3321c93fe0c85d3e01c456a60a3164daec92d27")
    }

    @Test func canonicalSerialisationIsNIP01sArray() throws {
        let key = try SecretKey(parsing: "67dea2ed018072d675f5415ecfaed7d2597555e202d85b3d65ea4e58d2d92ffa")
        let unsigned = UnsignedEvent(
            pubkey: key.publicKey, createdAt: 1_700_000_000, kind: 1, tags: [["p", "ab"], ["t"]], content: "hi \"you\"\n"
        )
        let expected = #"[0,"7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e",1700000000,1,[["p","ab"],["t"]],"hi \"you\"\n"]"#
        #expect(String(decoding: unsigned.canonicalSerialization, as: UTF8.self) == expected)
    }

    @Test func signsEventsThatVerify() throws {
        let key = SecretKey.generate()
        let event = try Event.sign(kind: 3471, tags: [["p", key.publicKey.hex]], content: "orders", createdAt: 1_733_000_000, with: key)
        try event.verify()
        let reread = try Event(jsonText: event.jsonText)
        #expect(reread == event)
        try reread.verify()
    }

    @Test func refusesAnEditedContent() throws {
        let text = Self.taggedFromRustNostr.replacingFirst("line1", with: "line9")
        let event = try Event(jsonText: text)
        #expect(throws: NostrEventError.idMismatch) { try event.verify() }
    }

    @Test func refusesAnotherAuthorsSignature() throws {
        let original = try Event(jsonText: Self.fromRustNostr)
        let other = SecretKey.generate()
        let forged = Event(unsigned: original.unsigned, id: original.id, sig: try other.sign(original.id))
        #expect(throws: NostrEventError.badSignature) { try forged.verify() }
        let reattributed = UnsignedEvent(
            pubkey: other.publicKey, createdAt: original.createdAt, kind: original.kind, tags: original.tags, content: original.content
        )
        #expect(throws: NostrEventError.badSignature) {
            try Event(unsigned: reattributed, id: reattributed.id, sig: original.sig).verify()
        }
    }

    @Test(arguments: [
        ("\"created_at\":1733000000", "\"created_at\":1733000000.0"),
        ("\"created_at\":1733000000", "\"created_at\":\"1733000000\""),
        ("\"kind\":3471", "\"kind\":-1"),
        ("\"id\":\"fab3", "\"id\":\"FAB3"),
        ("\"tags\":[[\"a\"", "\"tags\":[[1"),
        ("\"content\":", "\"contents\":"),
        (",\"sig\":\"b8bf", ",\"sig\":\"b8b"),
    ])
    func refusesMalformedEvents(original: String, replacement: String) {
        let text = Self.taggedFromRustNostr.replacingFirst(original, with: replacement)
        #expect(text != Self.taggedFromRustNostr)
        #expect(throws: NostrEventError.self) { try Event(jsonText: text) }
    }

    @Test func refusesAPubkeyOffTheCurve() {
        let text = Self.fromRustNostr.replacingFirst(
            "7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e",
            with: "eefdea4cdb677750a420fee807eacf21eb9898ae79b9768766e4faa04a2d4a34"
        )
        #expect(throws: NostrEventError.malformedEvent("pubkey is not a secp256k1 x-coordinate")) { try Event(jsonText: text) }
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
