import Foundation
import NostrCrypto
import NostrEvents
import NostrRelay
import Testing

/// Our relay client against a real relay (nostr-sdk's LocalRelay), with nostr-sdk's own client as the
/// other party: what we sign and encrypt it must verify and decrypt, and the reverse.
@Suite(.enabled(if: NostrPeer.shouldRun, "needs scripts/nostr-test-env.sh"))
struct RelayEndToEndTests {
    let peer: NostrPeer
    let moderator = SecretKey.generate()
    let player = SecretKey.generate()

    init() throws { peer = try NostrPeer.required() }

    private var now: Int64 { Int64(Date().timeIntervalSince1970) }
    private var gameAddress: [String] { ["a", "30470:\(moderator.publicKey.hex):game-1"] }

    @Test func ourEncryptedEventIsVerifiedAndDecryptedByNostrSDK() async throws {
        let relay = try await peer.startRelay()
        defer { relay.stop() }
        let receipt = #"{"accepted":true,"turn":3,"note":"ünïcode \"quoted\"\n\ttabbed 🚀"}"#
        let content = try NIP44.encrypt(receipt, with: ConversationKey(secretKey: moderator, publicKey: player.publicKey))
        let event = try Event.sign(
            kind: 3472, tags: [gameAddress, ["p", player.publicKey.hex]], content: content, createdAt: now, with: moderator
        )
        let connection = try await RelayConnection.connect(to: relay.url)
        let result = try await connection.publish(event)
        await connection.close()
        #expect(result == PublishResult(eventID: event.idHex, accepted: true, message: ""))

        let report = try await peer.fetch(relay: relay.url, id: event.idHex, secret: player.hex)
        #expect(report.verified)
        #expect(report.id == event.idHex)
        #expect(report.pubkey == moderator.publicKey.hex)
        #expect(report.kind == 3472)
        #expect(report.tags == event.tags)
        #expect(report.plaintext == receipt)
    }

    @Test func nostrSDKsEncryptedEventIsFetchedVerifiedAndDecryptedByUs() async throws {
        let relay = try await peer.startRelay()
        defer { relay.stop() }
        let orders = "{\"orders\":[{\"fleet\":\"F1\",\"move\":\"sol\"}],\"note\":\"ça va \\\"bien\\\"\"}"
        let sent = try await peer.publish(
            relay: relay.url, secret: player.hex, kind: 3471, content: orders, encryptTo: moderator.publicKey.npub,
            tags: [gameAddress, ["p", moderator.publicKey.hex]]
        )
        let sentEvent = try Event(jsonText: sent)

        let connection = try await RelayConnection.connect(to: relay.url)
        let events = try await connection.fetch([Filter(kinds: [3471], tags: ["p": [moderator.publicKey.hex]])])
        await connection.close()
        let event = try #require(events.first)
        #expect(events.count == 1)
        try event.verify()
        #expect(event == sentEvent)
        #expect(event.pubkey == player.publicKey)
        #expect(event.tags == [gameAddress, ["p", moderator.publicKey.hex]])
        #expect(try NIP44.decrypt(event.content, with: ConversationKey(secretKey: moderator, publicKey: event.pubkey)) == orders)
    }

    @Test func aSubscriptionDeliversStoredEventsThenEOSEThenLiveEvents() async throws {
        let relay = try await peer.startRelay()
        defer { relay.stop() }
        let stored = try await peer.publish(relay: relay.url, secret: player.hex, kind: 3475, content: "stored", tags: [gameAddress])
        let connection = try await RelayConnection.connect(to: relay.url)
        let subscription = try await connection.subscribe([Filter(authors: [player.publicKey.hex], kinds: [3475])])
        var items = subscription.items.makeAsyncIterator()
        #expect(try await items.next() == .event(Event(jsonText: stored)))
        #expect(try await items.next() == .endOfStoredEvents)
        let live = try await peer.publish(relay: relay.url, secret: player.hex, kind: 3475, content: "live", tags: [gameAddress])
        #expect(try await items.next() == .event(Event(jsonText: live)))
        await connection.unsubscribe(subscription.id)
        #expect(try await items.next() == nil)
        await connection.close()
    }

    @Test func aForgedEventIsRefusedByTheRelayAndWeSeeTheRefusal() async throws {
        let relay = try await peer.startRelay()
        defer { relay.stop() }
        let genuine = try Event.sign(kind: 3471, content: "mine", createdAt: now, with: player)
        // The player's event, re-signed by someone else: the relay must refuse it with OK false.
        let forged = Event(unsigned: genuine.unsigned, id: genuine.id, sig: try moderator.sign(genuine.id))
        let connection = try await RelayConnection.connect(to: relay.url)
        let result = try await connection.publish(forged)
        #expect(!result.accepted)
        #expect(!result.message.isEmpty)
        #expect(try await connection.publish(genuine).accepted)
        await connection.close()
    }

    /// Frames far past swift-websocket's 16 KiB default, both ways. LocalRelay caps an event at 65,536 bytes,
    /// so the largest NIP-44 plaintext that fits is 40,960 bytes (the next padding step, 49,152, makes
    /// 65,628 bytes of base64): a 65,535-byte document must go in parts (DESIGN §8), and the relay says so.
    @Test func largeEventsCrossBothWaysAndOversizedOnesAreRefusedWithAReason() async throws {
        let relay = try await peer.startRelay()
        defer { relay.stop() }
        let conversation = try ConversationKey(secretKey: moderator, publicKey: player.publicKey)
        let view = String(repeating: "{\"system\":\"é\"}", count: 2730)
        #expect(view.utf8.count == 40_950)
        let event = try Event.sign(
            kind: 30473, tags: [["d", "game-1:alpha"], gameAddress, ["p", player.publicKey.hex]],
            content: NIP44.encrypt(view, with: conversation), createdAt: now, with: moderator
        )
        #expect(event.jsonText.utf8.count > 50_000)
        let connection = try await RelayConnection.connect(to: relay.url)
        let result = try await connection.publish(event)
        #expect(result.accepted, "\(result.message)")
        let report = try await peer.fetch(relay: relay.url, id: event.idHex, secret: player.hex)
        #expect(report.verified)
        #expect(report.plaintext == view)

        let sent = try await peer.publish(
            relay: relay.url, secret: player.hex, kind: 3471, content: view, encryptTo: moderator.publicKey.hex
        )
        let fetched = try await connection.fetch([Filter(ids: [Event(jsonText: sent).idHex])])
        let received = try #require(fetched.first)
        #expect(try NIP44.decrypt(received.content, with: conversation) == view)

        let whole = String(repeating: "{\"system\":\"é\"}", count: 4369)
        let oversized = try Event.sign(kind: 30473, content: NIP44.encrypt(whole, with: conversation), createdAt: now, with: moderator)
        let refusal = try await connection.publish(oversized)
        #expect(!refusal.accepted)
        #expect(refusal.message.hasPrefix("blocked:"), "\(refusal.message)")
        await connection.close()
    }

    /// The frame bound holds: a relay frame larger than the connection allows ends the connection.
    @Test func aFrameOverTheBoundEndsTheConnection() async throws {
        let relay = try await peer.startRelay()
        defer { relay.stop() }
        let sent = try await peer.publish(relay: relay.url, secret: player.hex, kind: 1, content: String(repeating: "x", count: 20_000))
        let small = try await RelayConnection.connect(to: relay.url, maximumFrameSize: 1 << 14)
        await #expect(throws: RelayError.self) { _ = try await small.fetch([Filter(ids: [Event(jsonText: sent).idHex])]) }
        #expect(await !small.isOpen)
        await small.close()
        let large = try await RelayConnection.connect(to: relay.url)
        #expect(try await large.fetch([Filter(ids: [Event(jsonText: sent).idHex])]).count == 1)
        await large.close()
    }

    @Test func aClosedRelayIsAnErrorNotAHang() async throws {
        let relay = try await peer.startRelay()
        let connection = try await RelayConnection.connect(to: relay.url)
        relay.stop()
        let event = try Event.sign(kind: 1, content: "late", createdAt: now, with: player)
        await #expect(throws: RelayError.self) { _ = try await connection.publish(event, timeout: .seconds(10)) }
        await connection.close()
        await #expect(throws: (any Error).self) { _ = try await RelayConnection.connect(to: relay.url) }
    }
}
