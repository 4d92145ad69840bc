public import Foundation
internal import Games
public import NostrCrypto
public import NostrEvents
internal import NostrRelay
internal import Views

/// `ec4x player sync`: one house of a Nostr game mirrored into a local folder, so it is played like
/// a local one. In: `view.json` (the newest version, whatever a relay returns), `map.json`,
/// `game.json` (the announcement), `summaries/turn_<N>.txt`, `receipts/`. Out: every file that
/// settles in `orders/` is signed once as an order event, kept in `.outbox/` (see `SyncOutbox`), moved to
/// `sent/<event id>-<name>`, and offered to every relay until each has said OK, across restarts.
public actor PlayerSync {
    let key: SecretKey
    let address: GameAddress
    let folder: URL
    var links: [RelayLink] = []
    let relays: [String]
    let report: @Sendable (String) -> Void
    var newest: [String: NewestVersion] = [:]
    var assembler = PartAssembler()
    /// Order files seen in the last scan, with their size and modification time.
    var settling: [String: (Int, Date)] = [:]
    /// Signed events some relay has not said OK to yet, by event id; mirrored on disk in `.outbox/`.
    var pending: [String: SyncOutbox.Record] = [:]
    var backoff = OutboxBackoff()
    var runner: Task<Void, Never>?
    /// A seat to claim (kind 3476) before playing it, until a relay takes the claim.
    var join: (seat: String, invite: String)?
    var joinEventID: String?

    public init(
        key: SecretKey, address: GameAddress, relays: [String], folder: URL, join: (seat: String, invite: String)? = nil,
        report: @escaping @Sendable (String) -> Void
    ) {
        self.key = key
        self.join = join
        self.address = address
        self.relays = relays
        self.folder = folder
        self.report = report
    }

    var ordersFolder: URL { folder.appendingPathComponent("orders", isDirectory: true) }
    var sentFolder: URL { folder.appendingPathComponent("sent", isDirectory: true) }
    var receiptsFolder: URL { folder.appendingPathComponent("receipts", isDirectory: true) }
    var stateURL: URL { folder.appendingPathComponent(".sync-state.json") }

    public func start() async {
        for name in ["orders", "sent", "receipts", "summaries"] {
            try? FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        loadState()
        resumeOutbox()
        let me = key.publicKey.hex
        let moderator = address.moderator.hex
        let address = address
        let filters: @Sendable () async -> [Filter] = {
            [
                Filter(authors: [moderator], kinds: [NostrKind.receipt, NostrKind.view], tags: ["p": [me]]),
                Filter(authors: [moderator], kinds: [NostrKind.game], tags: ["d": [address.gameID]]),
                Filter(authors: [moderator], kinds: [NostrKind.map, NostrKind.summary], tags: ["a": [address.coordinate]]),
            ]
        }
        for url in relays {
            let link = RelayLink(url: url, filters: filters) { [weak self] event, _ in await self?.received(event) }
            await link.setOnConnect { [weak self] url in await self?.relayConnected(url) }
            links.append(link)
            await link.start()
        }
        runner = Task {
            while !Task.isCancelled {
                await sendJoin()
                await scanOrders()
                await publishPending()
                try? await Task.sleep(for: .milliseconds(300))
            }
        }
    }

    public func stop() async {
        runner?.cancel()
        for link in links { await link.stop() }
    }

    // MARK: In

    func received(_ event: Event) {
        guard event.pubkey == address.moderator, event.isValid else { return }
        let position = DocumentParts.position(event.tags)
        switch event.kind {
        case NostrKind.view:
            guard event.firstTagValue("p") == key.publicKey.hex, let text = decrypt(event) else { return }
            if let whole = assembler.add(topic: "view", createdAt: event.createdAt, position: position, text: text) {
                write(whole, to: "view.json", topic: "view", version: NewestVersion(createdAt: event.createdAt, id: event.idHex))
            }
        case NostrKind.map:
            if let whole = assembler.add(topic: "map", createdAt: event.createdAt, position: position, text: event.content) {
                write(whole, to: "map.json", topic: "map", version: NewestVersion(createdAt: event.createdAt, id: event.idHex))
            }
        case NostrKind.game:
            guard event.firstTagValue("d") == address.gameID || position != nil else { return }
            if let whole = assembler.add(topic: "game", createdAt: event.createdAt, position: position, text: event.content) {
                write(whole, to: "game.json", topic: "game", version: NewestVersion(createdAt: event.createdAt, id: event.idHex))
            }
        case NostrKind.summary:
            guard let turn = event.firstTagValue("t").flatMap(Int.init),
                let whole = assembler.add(topic: "summary:\(turn)", createdAt: event.createdAt, position: position, text: event.content)
            else { return }
            let url = folder.appendingPathComponent("summaries/turn_\(turn).txt")
            if !FileManager.default.fileExists(atPath: url.path) { try? AtomicFile.write(Data(whole.utf8), to: url) }
        case NostrKind.receipt:
            guard event.firstTagValue("p") == key.publicKey.hex, let text = decrypt(event), let answered = event.firstTagValue("e") else { return }
            let url = receiptsFolder.appendingPathComponent(receiptName(answering: answered))
            if !FileManager.default.fileExists(atPath: url.path) {
                try? AtomicFile.write(Data(text.utf8), to: url)
                report("receipt for \(answered.prefix(12)) written to receipts/\(url.lastPathComponent)")
            }
        default:
            return
        }
    }

    func decrypt(_ event: Event) -> String? {
        guard let conversation = try? ConversationKey(secretKey: key, publicKey: event.pubkey) else { return nil }
        return try? NIP44.decrypt(event.content, with: conversation)
    }

    /// A newer version replaces the file; an older one a relay returns is ignored.
    func write(_ text: String, to name: String, topic: String, version: NewestVersion) {
        guard version.replaces(newest[topic]) else { return }
        do {
            try AtomicFile.write(Data(text.utf8), to: folder.appendingPathComponent(name))
            newest[topic] = version
            saveState()
            if topic == "view" { report("\(name) updated (version of \(version.createdAt))") }
            if topic == "view" || topic == "map" { writeBrief() }
        } catch {
            report("could not write \(name): \(error)")
        }
    }

    /// view.md, the Markdown brief of view.json, made here as the moderator's daemon makes it
    /// for a local house (it is deterministic from the view and the map, so it is not sent).
    func writeBrief() {
        guard let viewData = FileManager.default.contents(atPath: folder.appendingPathComponent("view.json").path),
            let mapData = FileManager.default.contents(atPath: folder.appendingPathComponent("map.json").path),
            let view = try? JSONDecoder().decode(HouseView.self, from: viewData),
            let map = try? JSONDecoder().decode(PublicMap.self, from: mapData)
        else { return }
        try? AtomicFile.write(Data(ViewBrief.markdown(view: view, map: map).utf8), to: folder.appendingPathComponent("view.md"))
    }

    /// `<order file's name without extension>.json` when the order was sent from this folder
    /// (found in sent/ as `<event id>-<name>`), else `<event id>.json`.
    func receiptName(answering eventID: String) -> String {
        if eventID == joinEventID { return "join-\(eventID.prefix(8)).json" }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: sentFolder.path)) ?? []
        if let sent = names.first(where: { $0.hasPrefix(eventID + "-") }) {
            var stem = String(sent.dropFirst(eventID.count + 1))
            for suffix in [".json", ".kdl"] where stem.lowercased().hasSuffix(suffix) { stem.removeLast(suffix.count) }
            return "\(stem)-\(eventID.prefix(8)).json"
        }
        return "\(eventID).json"
    }

    // MARK: Out

    /// Sends each order file that has not changed since the last look.
    func scanOrders() async {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: ordersFolder.path)) ?? []).filter {
            !$0.hasPrefix(".") && !$0.hasSuffix("~") && !$0.hasSuffix(".tmp")
        }.sorted()
        var seen: [String: (Int, Date)] = [:]
        for name in names {
            let url = ordersFolder.appendingPathComponent(name)
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                attributes[.type] as? FileAttributeType == .typeRegular,
                let size = (attributes[.size] as? NSNumber)?.intValue, let modified = attributes[.modificationDate] as? Date
            else { continue }
            seen[name] = (size, modified)
            guard let before = settling[name], before.0 == size, before.1 == modified else { continue }
            await send(url, name: name)
            seen[name] = nil
        }
        settling = seen
    }

    func send(_ url: URL, name: String) async {
        guard let data = FileManager.default.contents(atPath: url.path) else { return }
        let text = String(decoding: data, as: UTF8.self)
        let event: Event
        do {
            let content = try NIP44.encrypt(text, with: ConversationKey(secretKey: key, publicKey: address.moderator))
            event = try Event.sign(
                kind: NostrKind.orders, tags: [address.aTag, ["p", address.moderator.hex]], content: content,
                createdAt: Int64(Date().timeIntervalSince1970), with: key)
        } catch {
            report("cannot send \(name) (an order event holds at most 65,535 bytes): \(error)")
            return
        }
        let record = SyncOutbox.Record(event: event, file: name, acked: [])
        do {
            try outbox.save(record)
        } catch {
            report("cannot keep the order event for \(name) in .outbox/: \(error); will try again")
            return
        }
        pending[event.idHex] = record
        moveToSent(name: name, id: event.idHex)
        report("signed \(name) as order event \(event.idHex); publishing to every relay")
        await publishPending()
    }

    func moveToSent(name: String, id: String) {
        let from = ordersFolder.appendingPathComponent(name).path
        let to = sentFolder.appendingPathComponent("\(id)-\(name)").path
        if FileManager.default.fileExists(atPath: from), !FileManager.default.fileExists(atPath: to) { rename(from, to) }
    }

    /// Claims the open seat with its invite, once a relay is there to take it.
    func sendJoin() async {
        guard let join else { return }
        do {
            let text = String(decoding: try JSONEncoder().encode(["seat": join.seat, "invite": join.invite]), as: UTF8.self)
            let content = try NIP44.encrypt(text, with: ConversationKey(secretKey: key, publicKey: address.moderator))
            let event = try Event.sign(
                kind: NostrKind.join, tags: [address.aTag, ["p", address.moderator.hex]], content: content,
                createdAt: Int64(Date().timeIntervalSince1970), with: key)
            joinEventID = event.idHex
            let missing = await publish(event, to: Set(relays))
            guard missing.count < relays.count else { return }
            self.join = nil
            report("claimed seat \(join.seat) with join event \(event.idHex)")
            if !missing.isEmpty {
                let record = SyncOutbox.Record(event: event, file: nil, acked: Set(relays).subtracting(missing))
                try? outbox.save(record)
                pending[event.idHex] = record
            }
        } catch {
            report("cannot send the join event: \(error)")
            self.join = nil
        }
    }

    /// Publishes to the given relays at once; returns those that did not say OK.
    func publish(_ event: Event, to targets: Set<String>) async -> Set<String> {
        await withTaskGroup(of: String?.self) { group in
            for link in links where targets.contains(link.url) {
                group.addTask {
                    guard let answer = try? await link.publish(event), answer.accepted || answer.message.hasPrefix("duplicate") else { return link.url }
                    return nil
                }
            }
            var missing = Set<String>()
            for await url in group { if let url { missing.insert(url) } }
            return missing
        }
    }

    var outbox: SyncOutbox { SyncOutbox(folder: folder) }

    /// After a restart: every kept event is offered again to the relays that have not said OK, and an
    /// order file whose event was kept but not yet moved (killed in between) is moved now.
    func resumeOutbox() {
        for record in outbox.load(report: report) {
            pending[record.event.idHex] = record
            if let name = record.file { moveToSent(name: name, id: record.event.idHex) }
        }
        if !pending.isEmpty { report("\(pending.count) kept event(s) not yet taken by every relay; publishing again") }
    }

    func relayConnected(_ url: String) {
        for id in pending.keys { backoff.succeeded(Self.entry(id), relay: url) }
    }

    /// Offers each kept event to every relay that has not said OK and whose backoff has run out.
    func publishPending() async {
        for id in pending.keys.sorted() {
            guard var record = pending[id] else { continue }
            let now = Date()
            let due = Set(relays).subtracting(record.acked).filter { backoff.mayTry(Self.entry(id), relay: $0, now: now) }
            guard !due.isEmpty else { continue }
            let missing = await publish(record.event, to: due)
            for url in due.subtracting(missing) {
                record.acked.insert(url)
                backoff.succeeded(Self.entry(id), relay: url)
            }
            for url in missing { backoff.failed(Self.entry(id), relay: url, now: Date()) }
            guard record.acked != pending[id]?.acked else { continue }
            let label = record.file ?? "join event"
            if record.acked.isSuperset(of: relays) {
                outbox.remove(id)
                pending[id] = nil
                report("\(label) (event \(id.prefix(12))) taken by every relay")
            } else {
                try? outbox.save(record)
                pending[id] = record
                report("\(label) (event \(id.prefix(12))) taken by \(record.acked.sorted().joined(separator: " ")); retrying the others")
            }
        }
    }

    /// The backoff's key for an event: its id's first 64 bits.
    static func entry(_ id: String) -> Int64 { Int64(bitPattern: UInt64(id.prefix(16), radix: 16) ?? 0) }

    // MARK: State

    struct SavedState: Codable {
        var versions: [String: Int64]
        var ids: [String: String]
    }

    func loadState() {
        guard let data = FileManager.default.contents(atPath: stateURL.path), let saved = try? JSONDecoder().decode(SavedState.self, from: data) else { return }
        for (topic, createdAt) in saved.versions { newest[topic] = NewestVersion(createdAt: createdAt, id: saved.ids[topic] ?? "") }
    }

    func saveState() {
        let saved = SavedState(versions: newest.mapValues(\.createdAt), ids: newest.mapValues(\.id))
        if let data = try? JSONEncoder().encode(saved) { try? AtomicFile.write(data, to: stateURL, durable: false) }
    }
}
