internal import CSecp256k1

/// A Nostr secret key: a secp256k1 scalar in [1, n-1], 32 bytes big-endian.
public struct SecretKey: Hashable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]
    public let publicKey: PublicKey

    public init(bytes: [UInt8]) throws(NostrCryptoError) {
        guard bytes.count == 32, secp256k1_ec_seckey_verify(secp256k1Context, bytes) == 1 else {
            throw .invalidSecretKey
        }
        var keypair = secp256k1_keypair()
        guard secp256k1_keypair_create(secp256k1Context, &keypair, bytes) == 1 else { throw .invalidSecretKey }
        var xonly = secp256k1_xonly_pubkey()
        var parity: Int32 = 0
        guard secp256k1_keypair_xonly_pub(secp256k1Context, &xonly, &parity, &keypair) == 1 else {
            throw .invalidSecretKey
        }
        var serialized = [UInt8](repeating: 0, count: 32)
        _ = secp256k1_xonly_pubkey_serialize(secp256k1Context, &serialized, &xonly)
        self.bytes = bytes
        self.publicKey = try PublicKey(bytes: serialized)
    }

    /// 64 hex digits, or an `nsec1…` (NIP-19).
    public init(parsing text: String) throws(NostrCryptoError) {
        let trimmed = text.trimmingWhitespace()
        if trimmed.lowercased().hasPrefix("nsec1") {
            try self.init(bytes: Bech32.decodeKey(trimmed, prefix: "nsec"))
        } else if trimmed.utf8.count == 64, let bytes = Hex.decode(trimmed) {
            try self.init(bytes: bytes)
        } else {
            throw .unreadableKey("expected 64 hex digits or an nsec")
        }
    }

    /// A fresh key from the system's generator.
    public static func generate() -> SecretKey {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    public static func generate(using generator: inout some RandomNumberGenerator) -> SecretKey {
        while true {
            // Out-of-range scalars have probability about 2^-128: draw again.
            if let key = try? SecretKey(bytes: SystemRandom.bytes(32, using: &generator)) { return key }
        }
    }

    public var hex: String { Hex.encode(bytes) }
    public var nsec: String { Bech32.encode(prefix: "nsec", data: bytes) }
    /// Never the key itself: secrets stay out of logs.
    public var description: String { "SecretKey(\(publicKey.npub))" }

    /// BIP-340 signature over a 32-byte message with fresh auxiliary randomness.
    public func sign(_ message: [UInt8]) throws(NostrCryptoError) -> [UInt8] {
        try sign(message, auxiliaryRandomness: SystemRandom.bytes(32))
    }

    /// BIP-340 signature with the caller's 32 bytes of auxiliary randomness: deterministic, for test vectors.
    public func sign(_ message: [UInt8], auxiliaryRandomness: [UInt8]) throws(NostrCryptoError) -> [UInt8] {
        guard message.count == 32, auxiliaryRandomness.count == 32 else { throw .signingFailed }
        var keypair = secp256k1_keypair()
        guard secp256k1_keypair_create(secp256k1Context, &keypair, bytes) == 1 else { throw .invalidSecretKey }
        var signature = [UInt8](repeating: 0, count: 64)
        guard secp256k1_schnorrsig_sign32(secp256k1Context, &signature, message, &keypair, auxiliaryRandomness) == 1,
            publicKey.verify(signature: signature, message: message)
        else { throw .signingFailed }
        return signature
    }

    /// The x-coordinate of this key times the other party's point: NIP-44's shared secret, unhashed.
    public func sharedX(with other: PublicKey) throws(NostrCryptoError) -> [UInt8] {
        var point = try other.evenPoint()
        var output = [UInt8](repeating: 0, count: 32)
        let copyX: secp256k1_ecdh_hash_function = { output, x32, _, _ in
            guard let output, let x32 else { return 0 }
            output.update(from: x32, count: 32)
            return 1
        }
        guard secp256k1_ecdh(secp256k1Context, &output, &point, bytes, copyX, nil) == 1 else {
            throw .invalidSecretKey
        }
        return output
    }
}
