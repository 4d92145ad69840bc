internal import Crypto
internal import Foundation

/// NIP-44 v2's long-lived key between two parties: HKDF-extract, salt "nip44-v2", over the unhashed ECDH x.
///
/// Symmetric: A's secret with B's public key gives the same key as B's secret with A's public key.
public struct ConversationKey: Equatable, Sendable {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) throws(NostrCryptoError) {
        guard bytes.count == 32 else { throw .invalidPayload("a conversation key has 32 bytes") }
        self.bytes = bytes
    }

    public init(secretKey: SecretKey, publicKey: PublicKey) throws(NostrCryptoError) {
        let shared = try secretKey.sharedX(with: publicKey)
        let prk = HKDF<SHA256>.extract(inputKeyMaterial: SymmetricKey(data: shared), salt: Array("nip44-v2".utf8))
        self.bytes = Array(prk)
    }
}
