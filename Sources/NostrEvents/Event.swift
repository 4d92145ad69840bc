public import NostrCrypto

/// A NIP-01 event. A value of this type has a well-formed shape; `verify()` checks id and signature.
public struct Event: Sendable, Equatable {
    public let unsigned: UnsignedEvent
    /// 32 bytes: SHA-256 of the canonical serialisation.
    public let id: [UInt8]
    /// 64 bytes: BIP-340 signature of `id` by `pubkey`.
    public let sig: [UInt8]

    public init(unsigned: UnsignedEvent, id: [UInt8], sig: [UInt8]) {
        self.unsigned = unsigned
        self.id = id
        self.sig = sig
    }

    public var idHex: String { Hex.encode(id) }
    public var pubkey: PublicKey { unsigned.pubkey }
    public var createdAt: Int64 { unsigned.createdAt }
    public var kind: Int { unsigned.kind }
    public var tags: [[String]] { unsigned.tags }
    public var content: String { unsigned.content }

    /// Signs fresh fields in one step.
    public static func sign(
        kind: Int, tags: [[String]] = [], content: String, createdAt: Int64, with key: SecretKey
    ) throws -> Event {
        try UnsignedEvent(pubkey: key.publicKey, createdAt: createdAt, kind: kind, tags: tags, content: content).signed(with: key)
    }

    /// Refuses an event whose id is not the hash of its fields or whose signature is not its author's.
    public func verify() throws(NostrEventError) {
        guard unsigned.id == id else { throw .idMismatch }
        guard pubkey.verify(signature: sig, message: id) else { throw .badSignature }
    }

    public var isValid: Bool { (try? verify()) != nil }

    /// The first value of the first tag with this name (`d`, `p`, `e`, ...).
    public func firstTagValue(_ name: String) -> String? {
        tags.first { $0.count >= 2 && $0[0] == name }?[1]
    }
}
