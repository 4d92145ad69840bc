internal import Digest
public import Foundation
public import Games
public import NostrCrypto
internal import Storage
internal import Synchronization

/// What `ec4x new --transport nostr` adds to a new game: its relays and moderator, each given
/// house's key, and an invite code for every seat left open (claimed by a join event, kind 3476).
public final class NostrGameSetup: Sendable {
    public let relays: [String]
    public let moderator: PublicKey
    /// Slug → the player's key.
    public let players: [String: PublicKey]
    let invites = Mutex<[String: String]>([:])

    public init(relays: [String], moderator: PublicKey, players: [String: PublicKey]) throws(NostrTransportError) {
        guard !relays.isEmpty else { throw NostrTransportError(.badRelay, "a Nostr game needs at least one --relay") }
        for relay in relays where !(relay.hasPrefix("ws://") || relay.hasPrefix("wss://")) {
            throw NostrTransportError(.badRelay, "\(relay) is not a relay URL (ws:// or wss://)")
        }
        self.relays = relays
        self.moderator = moderator
        self.players = players
    }

    /// The invite code of each open seat, once the game is prepared.
    public var openSeats: [String: String] { invites.withLock { $0 } }

    /// Runs after the folder transport's preparation, on the staged game.
    public func prepare(_ session: GameSession) throws {
        let slugs = Set(session.slugs)
        for slug in players.keys.sorted() where !slugs.contains(slug) {
            throw NostrTransportError(.badSeat, "--player \(slug)=...: no house \"\(slug)\"; houses: \(session.slugs.joined(separator: ", "))")
        }
        var codes: [String: String] = [:]
        for slug in session.slugs where players[slug] == nil {
            var random = SystemRandomNumberGenerator()
            codes[slug] = (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &random)) }.joined()
        }
        try session.store.makeNostrGame(
            NostrGameConfig(relays: relays, moderatorPubkey: moderator.hex), pubkeys: players.mapValues(\.hex),
            inviteHashes: codes.mapValues { SHA256.hex(Array($0.utf8)) })
        invites.withLock { $0 = codes }
    }
}
