internal import Foundation
internal import NostrCrypto
internal import NostrEvents
internal import Storage

/// One Nostr game's relays on the moderator's side: every event addressed to the game is stored
/// raw in `nostr_events` the moment it arrives (before anything is done with it), then a reconcile
/// of the game is asked for; the outbox is sent to every relay. Its own database connection.
actor ModeratorRelays {
    let gameID: String
    let store: GameStore
    let links: [RelayLink]
    let pump: OutboxPump
    let report: @Sendable (String) -> Void

    init(gameID: String, store: GameStore, config: NostrGameConfig, arrived: @escaping @Sendable (String) -> Void, report: @escaping @Sendable (String) -> Void) {
        self.gameID = gameID
        self.store = store
        let coordinate = "\(NostrKind.game):\(config.moderatorPubkey):\(gameID)"
        let filters: @Sendable () async -> [Filter] = {
            // Catching up from an hour before the last arrival: players' clocks may be behind ours;
            // what is already stored is recognised by its id.
            let since = (try? store.latestNostrArrival()).flatMap { $0 }.map { $0 - 3600 }
            return [Filter(kinds: [NostrKind.orders, NostrKind.join], tags: ["a": [coordinate], "p": [config.moderatorPubkey]], since: since)]
        }
        var links: [RelayLink] = []
        for url in config.relays {
            links.append(
                RelayLink(
                    url: url, filters: filters,
                    onEvent: { event, _ in
                        do {
                            if try store.storeNostrEvent(StoredNostrEvent(event, receivedAt: Int64(Date().timeIntervalSince1970))) { arrived(gameID) }
                        } catch {
                            report("could not store event \(event.idHex): \(error)")
                        }
                    }))
        }
        self.links = links
        pump = OutboxPump(store: store, links: links, report: report)
        self.report = report
    }

    func start() async {
        for link in links {
            await link.setOnConnect { [pump] url in await pump.relayConnected(url) }
            await link.setOnLoss { [report] url, reason in report("lost relay \(url) (\(reason)); reconnecting") }
            await link.start()
        }
        await pump.start()
    }

    func wake() async { await pump.wake() }

    func stop() async {
        await pump.stop()
        for link in links { await link.stop() }
    }
}
