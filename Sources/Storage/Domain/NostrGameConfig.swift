/// How a Nostr game is reached: `games.transport_config` of a game whose `transport_mode` is `nostr`.
public struct NostrGameConfig: Sendable, Equatable, Codable {
    public var relays: [String]
    /// The moderator's public key, hex.
    public var moderatorPubkey: String

    public init(relays: [String], moderatorPubkey: String) {
        self.relays = relays
        self.moderatorPubkey = moderatorPubkey
    }

    enum CodingKeys: String, CodingKey {
        case relays
        case moderatorPubkey = "moderator_pubkey"
    }
}
