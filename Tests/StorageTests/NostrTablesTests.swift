import Foundation
@testable import Storage
import GRDB
import TestSupport
import Testing

/// The Nostr transport's rows through the store's own methods: idempotent inbox, outbox per relay.
struct NostrTablesTests {
    let folder: TemporaryFolder
    let store: GameStore

    init() throws {
        folder = try TemporaryFolder()
        store = GameStore(database: try GameDatabase.create(inFolder: folder.url))
        try store.database.writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO games (id, name, turn, year, month, phase, transport_mode, game_setup_json, game_config_json, created_at, updated_at)
                    VALUES ('g', 'G', 1, 2400, 1, 'Active', 'localhost', '{}', '{}', 0, 0)
                    """)
        }
    }

    func event(_ id: String, receivedAt: Int64 = 5) -> StoredNostrEvent {
        StoredNostrEvent(id: id, kind: 3471, pubkey: "p", createdAt: 10, content: "c", tagsJSON: #"[["t","3"]]"#, sig: "s", receivedAt: receivedAt)
    }

    @Test func anEventIsStoredOnceAndItsTurnTagIsIndexed() throws {
        #expect(try store.storeNostrEvent(event("a")))
        #expect(try !store.storeNostrEvent(event("a", receivedAt: 9)))
        #expect(try store.unprocessedNostrEvents() == [event("a")])
        #expect(try store.latestNostrArrival() == 5)
        let turn = try store.database.writer.read { db in try Int.fetchOne(db, sql: "SELECT turn FROM nostr_events WHERE id = 'a'") }
        #expect(turn == 3)
    }

    @Test func finishingAnEventMarksItAndQueuesItsAnswerTogether() throws {
        try store.storeNostrEvent(event("a"))
        let answer = NostrOutboxEntry(kind: 3472, recipient: "p", content: "x", tagsJSON: "[]", eventJSON: "{}", createdAt: 11)
        try store.finishNostrEvent(id: "a", note: nil, answers: [answer])
        #expect(try store.unprocessedNostrEvents().isEmpty)
        #expect(try store.isNostrEventProcessed(id: "a"))
        #expect(try store.pendingNostrOutbox().map(\.kind) == [3472])
    }

    @Test func anEntryIsSentOnceEveryRelayHasSaidOK() throws {
        try store.enqueueNostr([NostrOutboxEntry(kind: 30473, recipient: "p", content: "x", tagsJSON: "[]", eventJSON: "{}", createdAt: 11)], publishing: ["view:a": "m1"])
        let id = try #require(try store.pendingNostrOutbox().first?.id)
        try store.markNostrDelivered(id, relay: "ws://one", relays: ["ws://one", "ws://two"], at: 12)
        #expect(try store.pendingNostrOutbox().first?.ackedRelays == ["ws://one"])
        try store.markNostrDelivered(id, relay: "ws://one", relays: ["ws://one", "ws://two"], at: 12)
        try store.markNostrDelivered(id, relay: "ws://two", relays: ["ws://one", "ws://two"], at: 13)
        #expect(try store.pendingNostrOutbox().isEmpty)
        #expect(try store.nostrOutbox().first?.ackedRelays == ["ws://one", "ws://two"])
        #expect(try store.nostrPublished(topic: "view:a")?.marker == "m1")
        #expect(try store.nostrPublished(topic: "view:a")?.createdAt == 11)
    }
}
