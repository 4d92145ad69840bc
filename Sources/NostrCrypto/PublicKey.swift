internal import CSecp256k1

/// A Nostr public key: the 32-byte x-coordinate of a secp256k1 point (BIP-340's x-only key).
public struct PublicKey: Hashable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]

    /// Refuses 32 bytes that are not the x-coordinate of a curve point, so every value is usable.
    public init(bytes: [UInt8]) throws(NostrCryptoError) {
        guard bytes.count == 32 else { throw .invalidPublicKey }
        var parsed = secp256k1_xonly_pubkey()
        guard secp256k1_xonly_pubkey_parse(secp256k1Context, &parsed, bytes) == 1 else { throw .invalidPublicKey }
        self.bytes = bytes
    }

    /// 64 hex digits, or an `npub1…` (NIP-19): users may paste either.
    public init(parsing text: String) throws(NostrCryptoError) {
        let trimmed = text.trimmingWhitespace()
        if trimmed.lowercased().hasPrefix("npub1") {
            try self.init(bytes: Bech32.decodeKey(trimmed, prefix: "npub"))
        } else if trimmed.utf8.count == 64, let bytes = Hex.decode(trimmed) {
            try self.init(bytes: bytes)
        } else {
            throw .unreadableKey("expected 64 hex digits or an npub, got \(trimmed.prefix(12))…")
        }
    }

    public var hex: String { Hex.encode(bytes) }
    public var npub: String { Bech32.encode(prefix: "npub", data: bytes) }
    public var description: String { hex }

    /// BIP-340 verification of a signature over a message (for Nostr, the 32-byte event id).
    public func verify(signature: [UInt8], message: [UInt8]) -> Bool {
        guard signature.count == 64 else { return false }
        var key = secp256k1_xonly_pubkey()
        guard secp256k1_xonly_pubkey_parse(secp256k1Context, &key, bytes) == 1 else { return false }
        return secp256k1_schnorrsig_verify(secp256k1Context, signature, message, message.count, &key) == 1
    }

    /// The full point with even y, as NIP-44's ECDH needs (x-only keys stand for their even-y point).
    func evenPoint() throws(NostrCryptoError) -> secp256k1_pubkey {
        var point = secp256k1_pubkey()
        let compressed = [0x02] + bytes
        guard secp256k1_ec_pubkey_parse(secp256k1Context, &point, compressed, compressed.count) == 1 else {
            throw .invalidPublicKey
        }
        return point
    }
}

extension String {
    func trimmingWhitespace() -> Substring {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
