internal import Digest
internal import Engine
public import Foundation
public import Games
public import NostrCrypto
internal import NostrEvents
public import PlayerProtocol
internal import Storage
internal import Views

/// The moderator's side of a Nostr game, one step at a time on an open session: events the inbox
/// stored are judged by the rules of the road and ingested like dropped files; receipts, views,
/// the map, summaries and the announcement are queued in the outbox. Network-free: the relays are
/// the `ModeratorRelays`' business.
public struct NostrModerator {
    /// One processed event, for the log.
    public struct Handled: Sendable, Equatable {
        public var eventID: String
        public var house: String?
        /// The receipt when the event was an order file.
        public var receipt: Receipt?
        /// Why it was ignored or refused, or how a join went.
        public var note: String?
    }

    let session: GameSession
    let key: SecretKey
    let config: NostrGameConfig
    let now: Date
    let address: GameAddress

    /// Nil when the game is not a Nostr game, or its moderator is another key.
    public init?(session: GameSession, key: SecretKey, now: Date = Date()) throws {
        guard let config = try session.store.nostrConfig(), config.moderatorPubkey == key.publicKey.hex else { return nil }
        self.session = session
        self.key = key
        self.config = config
        self.now = now
        address = GameAddress(moderator: key.publicKey, gameID: session.id)
    }

    var outbound: OutboundEvents { OutboundEvents(address: address, key: key) }
    var time: Int64 { Int64(now.timeIntervalSince1970) }

    static let receiptEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    // MARK: In

    /// Processes every event the inbox stored and nobody processed yet.
    public func processInbox() throws -> [Handled] {
        var handled: [Handled] = []
        while true {
            let batch = try session.store.unprocessedNostrEvents()
            if batch.isEmpty { return handled }
            for stored in batch { handled.append(try process(stored)) }
        }
    }

    func rules() -> InboundRules {
        var houses: [String: String] = [:]
        for house in session.houses { if let pubkey = house.nostrPubkey { houses[pubkey] = house.slug } }
        return InboundRules(address: address, key: key, houses: houses)
    }

    func process(_ stored: StoredNostrEvent) throws -> Handled {
        guard let event = stored.event else {
            let note = "refused: the stored fields are not an event"
            try session.store.finishNostrEvent(id: stored.id, note: note, answers: [])
            return Handled(eventID: stored.id, note: note)
        }
        let verdict = rules().judge(event)
        switch verdict {
        case .orders(let slug, let fileName, let bytes):
            let receipt = try ingest(slug: slug, fileName: fileName, bytes: bytes, eventID: stored.id)
            let answer = try outbound.receipt(
                String(decoding: try Self.receiptEncoder.encode(receipt), as: UTF8.self), to: event.pubkey, answering: stored.id,
                createdAt: time)
            try session.store.finishNostrEvent(id: stored.id, note: nil, answers: [NostrOutboxEntry(answer)])
            return Handled(eventID: stored.id, house: slug, receipt: receipt)
        case .join(let seat, let invite):
            let answer = try join(seat: seat, invite: invite, player: event.pubkey)
            let reply = try outbound.receipt(answer.json, to: event.pubkey, answering: stored.id, createdAt: time)
            try session.store.finishNostrEvent(id: stored.id, note: answer.note, answers: [NostrOutboxEntry(reply)])
            return Handled(eventID: stored.id, house: seat, note: answer.note)
        case .ignored, .refused:
            try session.store.finishNostrEvent(id: stored.id, note: verdict.note, answers: [])
            return Handled(eventID: stored.id, note: verdict.note)
        }
    }

    /// Ingests like a dropped file; an event already ingested before a crash (its file, named after
    /// the event, is recorded) is answered from the record instead of being taken twice.
    func ingest(slug: String, fileName: String, bytes: [UInt8], eventID: String) throws -> Receipt {
        let ingestion = IngestSubmission(session: session, now: now)
        let house = try session.requireHouse(slug)
        var receipt: Receipt
        let submissionID: Int64
        if let earlier = try session.store.submissions(houseID: house.id, sha256: SHA256.hex(bytes)).last(where: { $0.fileName == fileName }) {
            receipt = try ingestion.receipt(for: earlier, duplicateOf: earlier.status == .duplicate ? try ingestion.earlierReceipt(of: earlier) : nil)
            submissionID = earlier.id
        } else {
            let refusal =
                bytes.count > IngestSubmission.maxBytes
                ? SubmissionError(code: .fileTooLarge, path: "$", message: "the file has \(bytes.count) bytes; order files may have at most 1 MiB") : nil
            let outcome = try ingestion.run(
                IncomingSubmission(house: slug, fileName: fileName, bytes: bytes, refusal: refusal, origin: .relay(eventID: eventID)))
            receipt = outcome.receipt
            submissionID = outcome.stored.id
        }
        // The answer goes out as an event (queued with the event's finish; a crash before that
        // answers the event again from this record), never as a receipt file in the folder.
        try session.store.markReceiptWritten(submissionID)
        receipt.keptAs = "nostr:" + eventID
        return receipt
    }

    struct JoinAnswer: Encodable {
        var game: String
        var house: String
        var status: String
        var errors: [[String: String]]
    }

    func join(seat: String, invite: String, player: PublicKey) throws -> (json: String, note: String) {
        var answer = JoinAnswer(game: session.id, house: seat, status: "accepted", errors: [])
        var note = "seat \(seat) claimed by \(player.hex)"
        let hash = SHA256.hex(Array(invite.utf8))
        if session.house(slug: seat)?.nostrPubkey == player.hex {
            note = "seat \(seat) was already this key's"
        } else if try session.store.openSeatInvites()[seat] == hash, try session.store.claimSeat(slug: seat, inviteHash: hash, pubkey: player.hex) {
            try session.reload()
        } else {
            answer.status = "rejected"
            answer.errors = [["code": "nostr.bad_invite", "message": "no open seat \"\(seat)\" with this invite code"]]
            note = "refused: join of seat \(seat) with a wrong invite, or the seat is taken"
        }
        return (String(decoding: try Self.receiptEncoder.encode(answer), as: UTF8.self), note)
    }

    // MARK: Out

    /// Queues whatever changed since it was last queued: each keyed house's view, the map, the
    /// announcement, and the summary of the last resolved turn. Idempotent.
    public func publish() throws {
        let lastTurn = session.turn - 1
        let lastEvents = lastTurn >= 1 ? try session.store.events(turn: lastTurn) : []
        let submitted = try session.readiness().submitted
        let marker = "\(session.turn):\(session.stateHash):\(submitted.joined(separator: ","))"
        for house in session.state.houses.sorted(by: { $0.slug < $1.slug }) {
            guard let pubkey = session.house(slug: house.slug)?.nostrPubkey.flatMap({ try? PublicKey(parsing: $0) }) else { continue }
            let topic = "view:\(house.slug)"
            let previous = try session.store.nostrPublished(topic: topic)
            guard previous?.marker != marker else { continue }
            let view = ViewBuilder.view(
                of: house.id, state: session.state, lastTurnEvents: lastEvents, submittedSlugs: submitted, deadline: session.deadline,
                open: session.isOpen, stateHash: session.stateHash, validator: session.validator)
            let json = String(decoding: ViewBuilder.encode(view), as: UTF8.self)
            let events = try outbound.view(json, slug: house.slug, to: pubkey, turn: session.turn, createdAt: later(than: previous?.createdAt))
            try session.store.enqueueNostr(events.map(NostrOutboxEntry.init), publishing: [topic: marker])
        }
        if try session.store.nostrPublished(topic: "map") == nil {
            // The same map.json a local house reads.
            let events = try outbound.map(String(decoding: PublicMap.encode(PublicMap.make(state: session.state)), as: UTF8.self), createdAt: time)
            try session.store.enqueueNostr(events.map(NostrOutboxEntry.init), publishing: ["map": "1"])
        }
        let announcement = PublicDocuments.announcement(state: session.state, deadline: session.deadline, houses: session.houses, relays: config.relays)
        let previous = try session.store.nostrPublished(topic: "game")
        if previous?.marker != announcement {
            let events = try outbound.announcement(announcement, turn: session.turn, createdAt: later(than: previous?.createdAt))
            try session.store.enqueueNostr(events.map(NostrOutboxEntry.init), publishing: ["game": announcement])
        }
        if lastTurn >= 1, try session.store.nostrPublished(topic: "summary:\(lastTurn)") == nil {
            let text = PublicSummary.text(state: session.state, events: lastEvents, resolvedTurn: lastTurn)
            let events = try outbound.summary(text, turn: lastTurn, createdAt: time)
            try session.store.enqueueNostr(events.map(NostrOutboxEntry.init), publishing: ["summary:\(lastTurn)": "1"])
        }
    }

    /// Now, or one second after the version it replaces: relays keep the later `created_at`.
    func later(than previous: Int64?) -> Int64 {
        guard let previous else { return time }
        return max(time, previous + 1)
    }
}
