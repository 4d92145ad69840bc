internal import Foundation
internal import GRDB

/// The Nostr transport's rows: the game's relays and keys, every event received, and the outbox.
extension GameStore {
    /// The game's relays and moderator when it is played over Nostr; nil for other games.
    public func nostrConfig() throws -> NostrGameConfig? {
        let record = try gameRecord()
        guard record.transportMode == "nostr", let text = record.transportConfig else { return nil }
        return try? JSONDecoder().decode(NostrGameConfig.self, from: Data(text.utf8))
    }

    /// Makes the game a Nostr game: its relays and moderator, each keyed house's pubkey, each open seat's hashed invite.
    public func makeNostrGame(_ config: NostrGameConfig, pubkeys: [String: String], inviteHashes: [String: String]) throws {
        try database.writer.write { db in
            try db.execute(
                sql: "UPDATE games SET transport_mode = 'nostr', transport_config = ?", arguments: [try Self.json(config)])
            for (slug, pubkey) in pubkeys {
                try db.execute(sql: "UPDATE houses SET nostr_pubkey = ?, nostr_invite_hash = NULL WHERE slug = ?", arguments: [pubkey, slug])
            }
            for (slug, hash) in inviteHashes {
                try db.execute(sql: "UPDATE houses SET nostr_pubkey = NULL, nostr_invite_hash = ? WHERE slug = ?", arguments: [hash, slug])
            }
        }
    }

    /// The hashed invite of each seat still open, by slug.
    public func openSeatInvites() throws -> [String: String] {
        let rows = try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT slug, nostr_invite_hash FROM houses WHERE nostr_invite_hash IS NOT NULL AND slug IS NOT NULL")
        }
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["slug"] as String, $0["nostr_invite_hash"] as String) })
    }

    /// Gives an open seat its player's key; false when the seat was no longer open (a second claim).
    public func claimSeat(slug: String, inviteHash: String, pubkey: String) throws -> Bool {
        try database.writer.write { db in
            try db.execute(
                sql: "UPDATE houses SET nostr_pubkey = ?, nostr_invite_hash = NULL WHERE slug = ? AND nostr_invite_hash = ?",
                arguments: [pubkey, slug, inviteHash])
            return db.changesCount == 1
        }
    }

    /// Stores an event as received; false when an event with its id was already stored (idempotent by id).
    @discardableResult
    public func storeNostrEvent(_ event: StoredNostrEvent) throws -> Bool {
        let gameID = try gameID()
        return try database.writer.write { db in
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO nostr_events (id, game_id, kind, pubkey, created_at, content, tags, sig, processed, received_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
                    """,
                arguments: [event.id, gameID, event.kind, event.pubkey, event.createdAt, event.content, event.tagsJSON, event.sig, event.receivedAt])
            return db.changesCount == 1
        }
    }

    /// Events received but not yet processed, oldest arrival first.
    public func unprocessedNostrEvents(limit: Int = 100) throws -> [StoredNostrEvent] {
        try database.writer.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM nostr_events WHERE processed = 0 ORDER BY received_at, created_at, id LIMIT ?", arguments: [limit]
            ).map(Self.nostrEvent)
        }
    }

    /// One stored event by id.
    public func nostrEvent(id: String) throws -> StoredNostrEvent? {
        try database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM nostr_events WHERE id = ?", arguments: [id]).map(Self.nostrEvent)
        }
    }

    /// Why a processed event was ignored or refused (nil when it was taken); nil too for an unknown id.
    public func nostrEventNote(id: String) throws -> String? {
        try database.writer.read { db in try String.fetchOne(db, sql: "SELECT note FROM nostr_events WHERE id = ?", arguments: [id]) }
    }

    /// Whether the event is stored and processed.
    public func isNostrEventProcessed(id: String) throws -> Bool {
        try database.writer.read { db in
            try Bool.fetchOne(db, sql: "SELECT processed FROM nostr_events WHERE id = ?", arguments: [id]) ?? false
        }
    }

    /// When the last event arrived, by the receiver's clock: where a reconnect's catch-up starts.
    /// Not the events' `created_at`, which their authors choose (a stranger's event dated next year
    /// would otherwise make every later catch-up skip everything).
    public func latestNostrArrival() throws -> Int64? {
        try database.writer.read { db in try Int64.fetchOne(db, sql: "SELECT MAX(received_at) FROM nostr_events") }
    }

    /// Marks an event processed and queues its answers in one transaction, so a crash leaves
    /// either both or neither: an unprocessed event is processed again on restart.
    public func finishNostrEvent(id: String, note: String?, answers: [NostrOutboxEntry]) throws {
        let gameID = try gameID()
        try database.writer.write { db in
            try db.execute(sql: "UPDATE nostr_events SET processed = 1, note = ? WHERE id = ?", arguments: [note, id])
            for answer in answers { try Self.insert(answer, gameID: gameID, db: db) }
        }
    }

    /// Queues events to publish, and records what the published topics now show, in one transaction.
    public func enqueueNostr(_ entries: [NostrOutboxEntry], publishing markers: [String: String] = [:]) throws {
        let gameID = try gameID()
        try database.writer.write { db in
            for entry in entries { try Self.insert(entry, gameID: gameID, db: db) }
            for (topic, marker) in markers {
                try db.execute(
                    sql: """
                        INSERT INTO nostr_published (game_id, topic, marker, created_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (game_id, topic) DO UPDATE SET marker = excluded.marker, created_at = excluded.created_at
                        """,
                    arguments: [gameID, topic, marker, entries.map(\.createdAt).max() ?? 0])
            }
        }
    }

    /// What a topic (a house's view, the map, the announcement) showed when last queued, and its `created_at`.
    public func nostrPublished(topic: String) throws -> (marker: String, createdAt: Int64)? {
        try database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT marker, created_at FROM nostr_published WHERE topic = ?", arguments: [topic])
                .map { ($0["marker"] as String, $0["created_at"] as Int64) }
        }
    }

    /// The newest `created_at` of anything queued: a new version of an addressable event must come later.
    public func latestOutboxTime() throws -> Int64? {
        try database.writer.read { db in try Int64.fetchOne(db, sql: "SELECT MAX(created_at) FROM nostr_outbox") }
    }

    /// Events some relay has not yet said OK to, oldest first.
    public func pendingNostrOutbox(limit: Int = 200) throws -> [NostrOutboxEntry] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM nostr_outbox WHERE sent = 0 ORDER BY id LIMIT ?", arguments: [limit]).map(Self.outboxEntry)
        }
    }

    /// Every queued event, oldest first (for tests and `status`).
    public func nostrOutbox() throws -> [NostrOutboxEntry] {
        try database.writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM nostr_outbox ORDER BY id").map(Self.outboxEntry) }
    }

    /// Notes a relay's OK; the entry is sent once every relay of `relays` has said OK.
    public func markNostrDelivered(_ entryID: Int64, relay: String, relays: [String], at time: Int64) throws {
        try database.writer.write { db in
            guard let text = try String.fetchOne(db, sql: "SELECT acked_relays FROM nostr_outbox WHERE id = ?", arguments: [entryID]) else { return }
            var acked = (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
            if !acked.contains(relay) { acked.append(relay) }
            let done = Set(relays).isSubset(of: Set(acked))
            try db.execute(
                sql: "UPDATE nostr_outbox SET acked_relays = ?, sent = ?, sent_at = CASE WHEN ? THEN ? ELSE sent_at END WHERE id = ?",
                arguments: [try Self.json(acked), done, done, time, entryID])
        }
    }

    static func insert(_ entry: NostrOutboxEntry, gameID: String, db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO nostr_outbox (game_id, event_kind, recipient_pubkey, content, tags, sent, created_at, event_json, acked_relays)
                VALUES (?, ?, ?, ?, ?, 0, ?, ?, '[]')
                """,
            arguments: [gameID, entry.kind, entry.recipient, entry.content, entry.tagsJSON, entry.createdAt, entry.eventJSON])
    }

    static func nostrEvent(_ row: Row) -> StoredNostrEvent {
        StoredNostrEvent(
            id: row["id"], kind: row["kind"], pubkey: row["pubkey"], createdAt: row["created_at"], content: row["content"],
            tagsJSON: row["tags"], sig: row["sig"], receivedAt: row["received_at"])
    }

    static func outboxEntry(_ row: Row) -> NostrOutboxEntry {
        let acked: String = row["acked_relays"]
        return NostrOutboxEntry(
            id: row["id"], kind: row["event_kind"], recipient: row["recipient_pubkey"], content: row["content"], tagsJSON: row["tags"],
            eventJSON: row["event_json"] ?? "", createdAt: row["created_at"],
            ackedRelays: (try? JSONDecoder().decode([String].self, from: Data(acked.utf8))) ?? [])
    }
}
