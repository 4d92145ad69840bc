public import NostrCrypto
internal import Crypto

/// An event's signed fields, before it has an id and signature.
public struct UnsignedEvent: Sendable, Equatable {
    public var pubkey: PublicKey
    public var createdAt: Int64
    public var kind: Int
    public var tags: [[String]]
    public var content: String

    public init(pubkey: PublicKey, createdAt: Int64, kind: Int, tags: [[String]] = [], content: String) {
        self.pubkey = pubkey
        self.createdAt = createdAt
        self.kind = kind
        self.tags = tags
        self.content = content
    }

    /// NIP-01's `[0,pubkey,created_at,kind,tags,content]`, compact, UTF-8: the bytes the id hashes.
    public var canonicalSerialization: [UInt8] {
        let array: JSON = .array([
            .integer(0),
            .string(pubkey.hex),
            .integer(createdAt),
            .integer(kind),
            .array(tags.map { .array($0.map(JSON.string)) }),
            .string(content),
        ])
        return Array(array.text.utf8)
    }

    /// The event id: SHA-256 of the canonical serialisation.
    public var id: [UInt8] { Array(SHA256.hash(data: canonicalSerialization)) }

    /// Signs with a key that must be this event's pubkey.
    public func signed(with key: SecretKey) throws -> Event {
        guard key.publicKey == pubkey else { throw NostrEventError.malformedEvent("signing key is not the event's pubkey") }
        let id = self.id
        return Event(unsigned: self, id: id, sig: try key.sign(id))
    }
}
