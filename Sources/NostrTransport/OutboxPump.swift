internal import Foundation
internal import NostrEvents
internal import NostrRelay
internal import Storage

/// Sends a game's outbox to every relay until each says OK. State is in the database
/// (`nostr_outbox.acked_relays`), so a restarted process goes on where it stopped; a relay that
/// already has an event answers "duplicate", which counts as OK (the same signed event, the same id).
actor OutboxPump {
    let store: GameStore
    let links: [RelayLink]
    let relays: [String]
    var backoff = OutboxBackoff()
    var woken = false
    var runner: Task<Void, Never>?
    let report: @Sendable (String) -> Void

    init(store: GameStore, links: [RelayLink], report: @escaping @Sendable (String) -> Void) {
        self.store = store
        self.links = links
        relays = links.map(\.url)
        self.report = report
    }

    func start() {
        guard runner == nil else { return }
        runner = Task {
            while !Task.isCancelled {
                woken = false
                await pass()
                // Woken by new entries or a relay that came back, or once a second for retries.
                for _ in 0..<10 where !woken && !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(100))
                }
            }
        }
    }

    func wake() { woken = true }

    func relayConnected(_ url: String) {
        backoff.reset(relay: url)
        wake()
    }

    func stop() {
        runner?.cancel()
    }

    /// One pass: each relay gets, in order, every pending event it has not said OK to.
    func pass() async {
        for link in links {
            for notice in await link.newNotices() { report("relay \(link.url): \(notice)") }
        }
        let pending: [NostrOutboxEntry]
        do {
            pending = try store.pendingNostrOutbox()
        } catch {
            report("cannot read the outbox: \(error)")
            return
        }
        guard !pending.isEmpty else { return }
        let now = Date()
        let work: [(RelayLink, [NostrOutboxEntry])] = links.map { link in
            (link, pending.filter { !$0.ackedRelays.contains(link.url) && backoff.mayTry($0.id, relay: link.url, now: now) })
        }
        let results = await withTaskGroup(of: [(Int64, String, Bool, String)].self) { group in
            for (link, entries) in work where !entries.isEmpty {
                group.addTask {
                    var results: [(Int64, String, Bool, String)] = []
                    for entry in entries {
                        guard let event = try? Event(jsonText: entry.eventJSON) else {
                            results.append((entry.id, link.url, false, "unreadable queued event"))
                            continue
                        }
                        do {
                            let answer = try await link.publish(event)
                            let ok = answer.accepted || answer.message.hasPrefix("duplicate")
                            results.append((entry.id, link.url, ok, answer.message))
                        } catch {
                            results.append((entry.id, link.url, false, "\(error)"))
                            // The connection is down: the rest waits for it to come back.
                            if case RelayError.disconnected = error { break }
                        }
                    }
                    return results
                }
            }
            var all: [(Int64, String, Bool, String)] = []
            for await part in group { all += part }
            return all
        }
        for (entry, relay, ok, message) in results {
            if ok {
                backoff.succeeded(entry, relay: relay)
                try? store.markNostrDelivered(entry, relay: relay, relays: relays, at: Int64(Date().timeIntervalSince1970))
            } else {
                backoff.failed(entry, relay: relay, now: Date())
                if !message.contains("disconnected") { report("relay \(relay) did not take outbox entry \(entry): \(message)") }
            }
        }
    }
}
