internal import Crypto
internal import Foundation

/// The per-message keys NIP-44 v2 expands from a conversation key and a 32-byte nonce.
public struct MessageKeys: Equatable, Sendable {
    public let chachaKey: [UInt8]
    public let chachaNonce: [UInt8]
    public let hmacKey: [UInt8]

    public init(conversationKey: ConversationKey, nonce: [UInt8]) throws(NostrCryptoError) {
        guard nonce.count == 32 else { throw .invalidNonce }
        let expanded = HKDF<SHA256>.expand(
            pseudoRandomKey: SymmetricKey(data: conversationKey.bytes),
            info: nonce,
            outputByteCount: 76
        )
        let bytes = expanded.withUnsafeBytes { Array($0) }
        chachaKey = Array(bytes[0..<32])
        chachaNonce = Array(bytes[32..<44])
        hmacKey = Array(bytes[44..<76])
    }
}
