internal import Engine

/// A house as the transports and the command line need it: who it is and
/// how its submissions are authenticated.
public struct StoredHouse: Sendable, Equatable {
    public var id: String
    public var name: String
    public var slug: String
    public var prestige: Int
    public var eliminated: Bool
    /// SHA-256 of the house's token; nil in open games.
    public var tokenHash: String?
    /// The house's Nostr key (hex) in a Nostr game; nil for other games and for open seats.
    public var nostrPubkey: String? = nil
}

extension StoredHouse {
    init(_ record: HouseRecord) {
        self.init(
            id: record.id, name: record.name, slug: record.slug ?? InitialStateBuilder.slug(for: record.name),
            prestige: record.prestige, eliminated: record.eliminated, tokenHash: record.tokenHash,
            nostrPubkey: record.nostrPubkey
        )
    }
}
