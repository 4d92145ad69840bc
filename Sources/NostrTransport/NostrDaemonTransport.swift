public import Daemon
public import Foundation
public import Games
internal import NostrCrypto
internal import Storage
internal import Synchronization

/// The Nostr transport inside `ec4x daemon`: relays run for every Nostr game the daemon sees;
/// what they store is ingested in the daemon's reconcile, through the same use case as a dropped
/// file; after each reconcile what changed is queued and the outbox woken.
public final class NostrDaemonTransport: DaemonTransport {
    let data: DataDirectory
    let state = Mutex(State())

    struct State {
        var log: DaemonLog?
        var reconcile: (@Sendable (String) -> Void)?
        var key: SecretKey?
        var relays: [String: ModeratorRelays] = [:]
        var refusedGames: Set<String> = []
        /// Games known not to be played over Nostr: a game's transport never changes.
        var folderGames: Set<String> = []
    }

    public init(data: DataDirectory) {
        self.data = data
    }

    public func start(log: DaemonLog, reconcile: @escaping @Sendable (String) -> Void) {
        state.withLock {
            $0.log = log
            $0.reconcile = reconcile
        }
    }

    public func take(_ session: GameSession, now: Date) -> Bool {
        guard let moderator = moderator(for: session, now: now) else { return false }
        var took = false
        do {
            for handled in try moderator.processInbox() {
                let log = state.withLock { $0.log }
                if let receipt = handled.receipt {
                    took = true
                    var message = "\(receipt.status.rawValue) order event \(handled.eventID)"
                    if !receipt.errors.isEmpty { message += " [\(Set(receipt.errors.map(\.code.rawValue)).sorted().joined(separator: ","))]" }
                    message += "; \(receipt.ordersInForce) orders in force; waiting for \(receipt.waitingFor.isEmpty ? "nobody" : receipt.waitingFor.joined(separator: ","))"
                    log?.log(receipt.status == .rejected ? .warning : .info, message, game: session.id, house: handled.house, turn: receipt.turn)
                } else if let note = handled.note {
                    log?.log(note.hasPrefix("refused") ? .warning : .info, "event \(handled.eventID): \(note)", game: session.id, house: handled.house)
                }
            }
        } catch {
            state.withLock { $0.log }?.warning("could not process received events, will retry: \(error)", game: session.id, turn: session.turn)
        }
        return took
    }

    public func publish(_ session: GameSession, now: Date) {
        guard let moderator = moderator(for: session, now: now) else { return }
        do {
            try moderator.publish()
        } catch {
            state.withLock { $0.log }?.error("could not queue events for the relays: \(error)", game: session.id, turn: session.turn)
        }
        if let relays = state.withLock({ $0.relays[session.id] }) {
            Task { await relays.wake() }
        }
    }

    public func stop() {
        let all = state.withLock {
            let all = Array($0.relays.values)
            $0.relays = [:]
            return all
        }
        for relays in all { Task { await relays.stop() } }
    }

    /// The game's moderator step, with its relays running; nil for games not played over Nostr.
    func moderator(for session: GameSession, now: Date) -> NostrModerator? {
        if state.withLock({ $0.folderGames.contains(session.id) }) { return nil }
        guard let config = try? session.store.nostrConfig() else {
            state.withLock { _ = $0.folderGames.insert(session.id) }
            return nil
        }
        let key: SecretKey
        do {
            key = try state.withLock { state in
                if let key = state.key { return key }
                let key = try KeyFile.moderator(data: data)
                state.key = key
                return key
            }
        } catch {
            state.withLock { $0.log }?.error("cannot read the moderator key: \(error)", game: session.id)
            return nil
        }
        guard config.moderatorPubkey == key.publicKey.hex, let moderator = try? NostrModerator(session: session, key: key, now: now) else {
            let first = state.withLock { $0.refusedGames.insert(session.id).inserted }
            if first {
                state.withLock { $0.log }?.error(
                    "this Nostr game's moderator is \(config.moderatorPubkey), not this data folder's key \(key.publicKey.hex); it is not served",
                    game: session.id)
            }
            return nil
        }
        startRelays(session.id, folder: session.folder, config: config)
        return moderator
    }

    func startRelays(_ id: String, folder: GameFolder, config: NostrGameConfig) {
        let (log, reconcile, running) = state.withLock { ($0.log, $0.reconcile, $0.relays[id] != nil) }
        guard !running, let reconcile else { return }
        let store: GameStore
        do {
            store = GameStore(database: try GameDatabase.open(folder: folder.url))
        } catch {
            log?.error("cannot open the game for its relays: \(error)", game: id)
            return
        }
        let relays = ModeratorRelays(gameID: id, store: store, config: config, arrived: reconcile) { message in log?.warning(message, game: id) }
        state.withLock { $0.relays[id] = relays }
        log?.info("serving the game on \(config.relays.count) relays: \(config.relays.joined(separator: " "))", game: id)
        Task { await relays.start() }
    }
}
