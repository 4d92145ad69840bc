import Engine
import FolderTransport
import Foundation
import Games
import NostrCrypto
import NostrEvents
import NostrTransport
import PlayerProtocol
import Storage
import TestSupport
import Testing

/// The moderator's step on a real game database, without a network: what the inbox stored is
/// judged and ingested, and answers and views land in the outbox.
struct NostrModeratorTests {
    let folder: TemporaryFolder
    let data: DataDirectory
    let moderator = SecretKey.generate()
    let alpha = SecretKey.generate()
    let gameID: String
    let setup: NostrGameSetup

    init() throws {
        folder = try TemporaryFolder()
        data = DataDirectory(path: folder.url.appendingPathComponent("data").path)
        setup = try NostrGameSetup(relays: ["ws://127.0.0.1:1"], moderator: moderator.publicKey, players: ["alpha": alpha.publicKey])
        let setup = setup
        gameID = try CreateGame(data: data) { session in
            try FolderLayout.prepare(session)
            try setup.prepare(session)
        }.run(NewGameRequest(setup: GameSetup.standard(players: 2), seed: 3, open: true)).id
    }

    func session() throws -> GameSession { try GameSession(folder: data.gameFolder(id: gameID)) }
    var address: GameAddress { GameAddress(moderator: moderator.publicKey, gameID: gameID) }

    func ordersEvent(from key: SecretKey, turn: Int = 1, house: String = "alpha", createdAt: Int64 = 1_700_000_000) throws -> Event {
        let text = #"{"game":"\#(gameID)","house":"\#(house)","turn":\#(turn),"fleet_orders":[]}"#
        let content = try NIP44.encrypt(text, with: ConversationKey(secretKey: key, publicKey: moderator.publicKey))
        return try Event.sign(kind: NostrKind.orders, tags: [address.aTag, ["p", moderator.publicKey.hex]], content: content, createdAt: createdAt, with: key)
    }

    func receipts(_ session: GameSession) throws -> [(event: Event, json: [String: Any])] {
        try session.store.nostrOutbox().filter { $0.kind == NostrKind.receipt }.map { entry in
            let event = try Event(jsonText: entry.eventJSON)
            let text = try NIP44.decrypt(event.content, with: ConversationKey(secretKey: alpha, publicKey: moderator.publicKey))
            return (event, try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]))
        }
    }

    @Test func anOrderEventIsIngestedLikeADroppedFileAndAnswered() throws {
        let session = try session()
        let event = try ordersEvent(from: alpha)
        #expect(try session.store.storeNostrEvent(StoredNostrEvent(event, receivedAt: 1)))
        #expect(try !session.store.storeNostrEvent(StoredNostrEvent(event, receivedAt: 2)), "stored once, by id")
        let handled = try #require(try NostrModerator(session: session, key: moderator)).processInbox()
        #expect(handled.count == 1)
        #expect(handled.first?.receipt?.status == .accepted)
        #expect(try session.store.isNostrEventProcessed(id: event.idHex))
        let answers = try receipts(session)
        #expect(answers.count == 1)
        #expect(answers.first?.event.firstTagValue("e") == event.idHex)
        #expect(answers.first?.json["status"] as? String == "accepted")
        #expect(answers.first?.json["waiting_for"] as? [String] == ["beta"])
        #expect(try session.readiness().submitted == ["alpha"])
    }

    @Test func anEventIngestedBeforeACrashIsAnsweredFromTheRecordNotTakenTwice() throws {
        let session = try session()
        let event = try ordersEvent(from: alpha)
        try session.store.storeNostrEvent(StoredNostrEvent(event, receivedAt: 1))
        // The crash: the earlier process ingested the file but died before marking the event processed.
        let text = #"{"game":"\#(gameID)","house":"alpha","turn":1,"fleet_orders":[]}"#
        _ = try IngestSubmission(session: session).run(
            IncomingSubmission(house: "alpha", fileName: event.idHex + ".json", bytes: Array(text.utf8), origin: .relay(eventID: event.idHex)))
        _ = try #require(try NostrModerator(session: session, key: moderator)).processInbox()
        let answers = try receipts(session)
        #expect(answers.count == 1)
        #expect(answers.first?.json["status"] as? String == "accepted")
        #expect(answers.first?.json["duplicate_of"] == nil)
    }

    @Test func strangersAndOtherGamesAreStoredAndIgnored() throws {
        let session = try session()
        let stranger = try ordersEvent(from: SecretKey.generate())
        try session.store.storeNostrEvent(StoredNostrEvent(stranger, receivedAt: 1))
        let handled = try #require(try NostrModerator(session: session, key: moderator)).processInbox()
        #expect(handled.first?.note?.hasPrefix("ignored") == true)
        #expect(try session.store.nostrEventNote(id: stranger.idHex)?.hasPrefix("ignored") == true)
        #expect(try receipts(session).isEmpty)
        #expect(try session.readiness().submitted.isEmpty)
    }

    @Test func publishingQueuesViewsMapAndAnnouncementOnceAndNewVersionsLater() throws {
        let session = try session()
        let step = try #require(try NostrModerator(session: session, key: moderator, now: Date(timeIntervalSince1970: 1000)))
        try step.publish()
        let first = try session.store.nostrOutbox()
        #expect(Set(first.map(\.kind)) == [NostrKind.view, NostrKind.map, NostrKind.game])
        #expect(first.filter { $0.kind == NostrKind.view }.count == 1, "only alpha has a key; beta's seat is open")
        try step.publish()
        #expect(try session.store.nostrOutbox().count == first.count, "nothing changed, nothing queued")

        try session.store.storeNostrEvent(StoredNostrEvent(try ordersEvent(from: alpha), receivedAt: 1))
        // The same second: the new view must still come later than the one it replaces.
        let later = try #require(try NostrModerator(session: session, key: moderator, now: Date(timeIntervalSince1970: 1000)))
        _ = try later.processInbox()
        try later.publish()
        let views = try session.store.nostrOutbox().filter { $0.kind == NostrKind.view }
        #expect(views.count == 2)
        #expect(views[1].createdAt > views[0].createdAt)
        let announcement = try #require(try session.store.nostrOutbox().first { $0.kind == NostrKind.game })
        #expect(announcement.content.contains("\"open\" : true"), "beta's seat is announced open")
    }

    @Test func anOpenSeatIsClaimedWithItsInviteOnce() throws {
        let session = try session()
        let invite = try #require(setup.openSeats["beta"])
        let newcomer = SecretKey.generate()
        func join(_ code: String, from key: SecretKey) throws -> Event {
            let content = try NIP44.encrypt(#"{"seat":"beta","invite":"\#(code)"}"#, with: ConversationKey(secretKey: key, publicKey: moderator.publicKey))
            return try Event.sign(kind: NostrKind.join, tags: [address.aTag, ["p", moderator.publicKey.hex]], content: content, createdAt: 5, with: key)
        }
        try session.store.storeNostrEvent(StoredNostrEvent(try join("wrong", from: newcomer), receivedAt: 1))
        try session.store.storeNostrEvent(StoredNostrEvent(try join(invite, from: newcomer), receivedAt: 2))
        try session.store.storeNostrEvent(StoredNostrEvent(try join(invite, from: SecretKey.generate()), receivedAt: 3))
        let handled = try #require(try NostrModerator(session: session, key: moderator)).processInbox()
        #expect(handled.map { $0.note?.hasPrefix("refused") == true } == [true, false, true])
        #expect(session.house(slug: "beta")?.nostrPubkey == newcomer.publicKey.hex)
        #expect(try session.store.nostrOutbox().filter { $0.kind == NostrKind.receipt }.count == 3, "every join is answered")
    }
}
