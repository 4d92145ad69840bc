import Foundation
import NostrCrypto
import NostrEvents
import NostrTransport
import Testing

struct DocumentsTests {
    @Test func partsStayUnderTheLimitAndJoinBackToTheDocument() {
        let text = String(repeating: "héllo wörld ✓ 🚀 ", count: 500)
        let parts = DocumentParts.split(text, limit: 1000)
        #expect(parts.count > 1)
        #expect(parts.allSatisfy { $0.utf8.count <= 1000 })
        #expect(parts.joined() == text)
        #expect(DocumentParts.split("small", limit: 1000) == ["small"])
    }

    @Test func aLargeViewGoesInPartsThePlayerReassembles() throws {
        let moderator = SecretKey.generate()
        let player = SecretKey.generate()
        let address = GameAddress(moderator: moderator.publicKey, gameID: "g")
        let view = "{\"x\":\"" + String(repeating: "abcdefgh", count: 1000) + "\"}"
        let events = try OutboundEvents(address: address, key: moderator, partLimit: 3000).view(view, slug: "alpha", to: player.publicKey, turn: 4, createdAt: 100)
        #expect(events.count == 3)
        #expect(events.map { $0.firstTagValue("d") } == ["g:alpha:1", "g:alpha:2", "g:alpha:3"])
        #expect(events.map { $0.firstTagValue("part") } == ["1/3", "2/3", "3/3"])
        #expect(events.allSatisfy { $0.createdAt == 100 && $0.firstTagValue("t") == "4" && $0.firstTagValue("p") == player.publicKey.hex && $0.isValid })
        var assembler = PartAssembler()
        var whole: String?
        // Relays return parts in any order.
        for event in events.reversed() {
            let text = try NIP44.decrypt(event.content, with: ConversationKey(secretKey: player, publicKey: moderator.publicKey))
            whole = assembler.add(topic: "view", createdAt: event.createdAt, position: DocumentParts.position(event.tags), text: text) ?? whole
        }
        #expect(whole == view)
    }

    @Test func theNewestVersionWinsWhateverOrderItArrivesIn() {
        let old = NewestVersion(createdAt: 10, id: "bb")
        let new = NewestVersion(createdAt: 11, id: "ff")
        #expect(new.replaces(old))
        #expect(!old.replaces(new))
        #expect(NewestVersion(createdAt: 10, id: "aa").replaces(old))
        #expect(!NewestVersion(createdAt: 10, id: "cc").replaces(old))
        #expect(old.replaces(nil))
    }

    @Test func anNaddrNamesTheGameTheModeratorAndTheRelays() throws {
        let moderator = SecretKey.generate().publicKey
        let address = GameAddress(moderator: moderator, gameID: "6938e769-8a8c-41db-aa40-7c07e0e36161")
        let naddr = address.naddr(relays: ["wss://relay.example", "ws://127.0.0.1:7000"])
        #expect(naddr.hasPrefix("naddr1"))
        let parsed = try GameAddress.parse(naddr: naddr)
        #expect(parsed.address == address)
        #expect(parsed.relays == ["wss://relay.example", "ws://127.0.0.1:7000"])
        #expect(throws: NostrTransportError.self) { try GameAddress.parse(naddr: moderator.npub) }
    }

    @Test func aReceiptAnswersItsOrderEventAndOnlyThePlayerReadsIt() throws {
        let moderator = SecretKey.generate()
        let player = SecretKey.generate()
        let third = SecretKey.generate()
        let address = GameAddress(moderator: moderator.publicKey, gameID: "g")
        let receipt = try OutboundEvents(address: address, key: moderator).receipt("{\"status\":\"accepted\"}", to: player.publicKey, answering: "e1", createdAt: 5)
        #expect(receipt.kind == NostrKind.receipt)
        #expect(receipt.tags == [address.aTag, ["p", player.publicKey.hex], ["e", "e1"]])
        #expect(try NIP44.decrypt(receipt.content, with: ConversationKey(secretKey: player, publicKey: moderator.publicKey)) == "{\"status\":\"accepted\"}")
        #expect(throws: (any Error).self) { try NIP44.decrypt(receipt.content, with: ConversationKey(secretKey: third, publicKey: moderator.publicKey)) }
    }

    @Test func outboxRetriesBackOffPerRelayAndResetWhenItReturns() {
        var backoff = OutboxBackoff()
        let now = Date(timeIntervalSince1970: 1000)
        #expect(backoff.mayTry(1, relay: "a", now: now))
        backoff.failed(1, relay: "a", now: now)
        #expect(!backoff.mayTry(1, relay: "a", now: now))
        #expect(backoff.mayTry(1, relay: "b", now: now))
        #expect(backoff.mayTry(1, relay: "a", now: now.addingTimeInterval(1)))
        backoff.failed(1, relay: "a", now: now)
        #expect(!backoff.mayTry(1, relay: "a", now: now.addingTimeInterval(1.5)))
        backoff.reset(relay: "a")
        #expect(backoff.mayTry(1, relay: "a", now: now))
    }
}
