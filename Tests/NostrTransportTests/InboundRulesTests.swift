import NostrCrypto
import NostrEvents
import NostrTransport
import Testing

struct InboundRulesTests {
    let moderator = SecretKey.generate()
    let alpha = SecretKey.generate()
    let stranger = SecretKey.generate()
    var address: GameAddress { GameAddress(moderator: moderator.publicKey, gameID: "game-1") }
    var rules: InboundRules { InboundRules(address: address, key: moderator, houses: [alpha.publicKey.hex: "alpha"]) }

    func orders(from author: SecretKey, text: String = #"{"game":"game-1","house":"alpha","turn":1,"fleet_orders":[]}"#, tags: [[String]]? = nil, encryptTo: PublicKey? = nil)
        throws -> Event
    {
        let content = try NIP44.encrypt(text, with: ConversationKey(secretKey: author, publicKey: encryptTo ?? moderator.publicKey))
        return try Event.sign(kind: NostrKind.orders, tags: tags ?? [address.aTag, ["p", moderator.publicKey.hex]], content: content, createdAt: 1_700_000_000, with: author)
    }

    @Test func theHousesOwnKeyGivesItsOrderFileNamedAfterTheEvent() throws {
        let event = try orders(from: alpha)
        #expect(rules.judge(event) == .orders(slug: "alpha", fileName: event.idHex + ".json", bytes: Array(#"{"game":"game-1","house":"alpha","turn":1,"fleet_orders":[]}"#.utf8)))
        let kdl = try orders(from: alpha, text: "game \"game-1\"\n")
        #expect(rules.judge(kdl) == .orders(slug: "alpha", fileName: kdl.idHex + ".kdl", bytes: Array("game \"game-1\"\n".utf8)))
    }

    @Test func aStrangersOrdersAreIgnored() throws {
        guard case .ignored(let why) = rules.judge(try orders(from: stranger)) else {
            Issue.record("a stranger's orders were not ignored")
            return
        }
        #expect(why.contains("no house"))
    }

    @Test func anotherGamesOrdersAreIgnored() throws {
        let other = GameAddress(moderator: moderator.publicKey, gameID: "game-2")
        guard case .ignored(let why) = rules.judge(try orders(from: alpha, tags: [other.aTag, ["p", moderator.publicKey.hex]])) else {
            Issue.record("another game's orders were not ignored")
            return
        }
        #expect(why.contains("another game"))
        #expect(rules.judge(try orders(from: alpha, tags: [address.aTag, ["p", stranger.publicKey.hex]])).note?.hasPrefix("ignored") == true)
        #expect(rules.judge(try orders(from: alpha, tags: [["p", moderator.publicKey.hex]])).note?.hasPrefix("ignored") == true)
    }

    @Test func malformedTagsAreRefused() throws {
        #expect(rules.judge(try orders(from: alpha, tags: [["a", "30470:abc"], ["p", moderator.publicKey.hex]])).note?.hasPrefix("refused: malformed") == true)
        #expect(rules.judge(try orders(from: alpha, tags: [address.aTag, ["p"]])).note?.hasPrefix("refused: malformed") == true)
        #expect(rules.judge(try orders(from: alpha, tags: [address.aTag, ["p", moderator.publicKey.hex], ["part", "1/2"]])).note?.hasPrefix("refused") == true)
    }

    @Test func contentThatDoesNotDecryptIsRefused() throws {
        let event = try orders(from: alpha, encryptTo: stranger.publicKey)
        #expect(rules.judge(event) == .refused("content does not decrypt (NIP-44 v2 to the moderator)"))
        let plain = try Event.sign(kind: NostrKind.orders, tags: [address.aTag, ["p", moderator.publicKey.hex]], content: "{}", createdAt: 1, with: alpha)
        #expect(rules.judge(plain).note?.hasPrefix("refused: content") == true)
    }

    @Test func aForgedSignatureIsRefused() throws {
        let event = try orders(from: alpha)
        var sig = event.sig
        sig[0] ^= 1
        #expect(rules.judge(Event(unsigned: event.unsigned, id: event.id, sig: sig)) == .refused("bad id or signature"))
        var unsigned = event.unsigned
        unsigned.content += "x"
        #expect(rules.judge(Event(unsigned: unsigned, id: event.id, sig: event.sig)) == .refused("bad id or signature"))
    }

    @Test func aJoinNamesTheSeatAndInvite() throws {
        let content = try NIP44.encrypt(#"{"seat":"beta","invite":"abc"}"#, with: ConversationKey(secretKey: stranger, publicKey: moderator.publicKey))
        let event = try Event.sign(kind: NostrKind.join, tags: [address.aTag, ["p", moderator.publicKey.hex]], content: content, createdAt: 1, with: stranger)
        #expect(rules.judge(event) == .join(seat: "beta", invite: "abc"))
    }

    @Test func otherKindsAreIgnored() throws {
        let event = try Event.sign(kind: 1, tags: [address.aTag, ["p", moderator.publicKey.hex]], content: "hello", createdAt: 1, with: alpha)
        #expect(rules.judge(event).note?.hasPrefix("ignored") == true)
    }
}
