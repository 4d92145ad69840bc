/// A Nostr event as received, field for field (`nostr_events`): enough to rebuild and verify it again.
public struct StoredNostrEvent: Sendable, Equatable {
    public var id: String
    public var kind: Int
    public var pubkey: String
    public var createdAt: Int64
    public var content: String
    /// The tags as a JSON array of arrays of strings.
    public var tagsJSON: String
    public var sig: String
    /// Unix time of arrival by the receiver's clock.
    public var receivedAt: Int64

    public init(id: String, kind: Int, pubkey: String, createdAt: Int64, content: String, tagsJSON: String, sig: String, receivedAt: Int64) {
        self.id = id
        self.kind = kind
        self.pubkey = pubkey
        self.createdAt = createdAt
        self.content = content
        self.tagsJSON = tagsJSON
        self.sig = sig
        self.receivedAt = receivedAt
    }
}
